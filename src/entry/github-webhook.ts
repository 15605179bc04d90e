/**
 * The GitHub webhook (manifest `github-webhook`, `urlFormat: v2`): thin; the intake use case verifies,
 * de-duplicates and enqueues (src/app/github/receive-webhook.ts), this maps its answer to Forge's response.
 */
import { z } from 'zod';
import { claimDelivery, deliveryLog, releaseDelivery } from '../adapters/github/delivery-store';
import { githubQueue } from '../adapters/github/github-queue';
import { pendingDeliveries } from '../adapters/github/pending-deliveries';
import { verifyWebhookSignature } from '../adapters/github/webhook-secrets';
import { receiveWebhook } from '../app/github/receive-webhook';

// Forge's WebTriggerRequest (docs/platform-assumptions.md): the body is a string, header values are arrays.
const WebtriggerRequestSchema = z.looseObject({
  method: z.string(),
  headers: z.record(z.string(), z.array(z.string())).default({}),
  body: z.string().default(''),
});

export async function handler(request: unknown) {
  const parsed = WebtriggerRequestSchema.safeParse(request);
  if (!parsed.success) return reply(400, 'Unreadable request.');
  if (parsed.data.method !== 'POST') return reply(405, 'GitHub webhooks are POSTed.');
  const now = new Date();
  const answer = await receiveWebhook(
    {
      verifySignature: verifyWebhookSignature,
      claimDelivery: (id) => claimDelivery(id, now),
      releaseDelivery,
      enqueue: (job) => githubQueue.enqueue(job),
      pending: pendingDeliveries,
      log: deliveryLog,
      now: () => now,
    },
    { headers: parsed.data.headers, body: parsed.data.body },
  );
  return reply(answer.status, answer.message);
}

function reply(statusCode: number, message: string) {
  return {
    statusCode,
    headers: { 'Content-Type': ['application/json'] },
    body: JSON.stringify({ message }),
  };
}
