/**
 * The GitHub webhook intake: size, signature, then parse;
 * de-duplicate on X-GitHub-Delivery; enqueue what the app acts on and answer 202 well within GitHub's 10 s.
 * Outcomes are values (an HTTP status and a short text); only I/O failures throw.
 */
import type { WebhookIntakePorts } from './github-ports';
import { targetOf, type DeliveryRef } from './github-job';
import { deliveryHeaderProblem } from './delivery-headers';
import { actionOf, classifyDelivery, repositoryOf } from './webhook-events';

/** Forge's invocation payload limit (docs/platform-assumptions.md); GitHub itself caps payloads at 25 MB. */
export const MAX_WEBHOOK_BYTES = 5 * 1024 * 1024;

export interface WebhookRequest {
  headers: Record<string, string[]>;
  body: string;
}

export interface WebhookReply {
  status: 200 | 202 | 400 | 401 | 413;
  message: string;
}

/** Forge keeps header names as sent (docs/platform-assumptions.md): look them up case-insensitively. */
export function headerValue(headers: Record<string, string[]>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, values] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return values[0];
  }
  return undefined;
}

export async function receiveWebhook(
  ports: WebhookIntakePorts,
  request: WebhookRequest,
): Promise<WebhookReply> {
  if (Buffer.byteLength(request.body, 'utf8') > MAX_WEBHOOK_BYTES)
    return { status: 413, message: 'The payload exceeds the 5 MB limit.' };
  const signature = headerValue(request.headers, 'x-hub-signature-256');
  if (signature === undefined || signature === '')
    return { status: 401, message: 'Missing X-Hub-Signature-256.' };
  if (!(await ports.verifySignature(request.body, signature)))
    return { status: 401, message: 'The signature does not match the webhook secret.' };
  const contentType = headerValue(request.headers, 'content-type') ?? '';
  if (!/^application\/json\b/i.test(contentType.trim()))
    return { status: 400, message: 'Set the webhook content type to application/json.' };
  let payload: unknown;
  try {
    payload = JSON.parse(request.body);
  } catch {
    return { status: 400, message: 'The body is not valid JSON.' };
  }
  const event = headerValue(request.headers, 'x-github-event');
  const deliveryId = headerValue(request.headers, 'x-github-delivery');
  if (event === undefined || deliveryId === undefined || deliveryId === '')
    return { status: 400, message: 'Missing X-GitHub-Event or X-GitHub-Delivery.' };
  const headerProblem =
    deliveryHeaderProblem('X-GitHub-Delivery', deliveryId) ?? deliveryHeaderProblem('X-GitHub-Event', event);
  if (headerProblem !== null) return { status: 400, message: headerProblem };
  if (event === 'ping') return { status: 200, message: 'pong' };

  const delivery: DeliveryRef = {
    deliveryId,
    event,
    action: actionOf(payload),
    receivedAt: ports.now().toISOString(),
  };
  const classified = classifyDelivery(event, payload, delivery);
  const logLine = {
    deliveryId,
    event,
    action: delivery.action,
    receivedAt: delivery.receivedAt,
    issueKey: null,
  };
  if (classified.kind === 'ignore') {
    await ports.log.write({
      ...logLine,
      target: repositoryOf(payload),
      outcome: 'ignored',
      reason: classified.reason,
    });
    return { status: 200, message: `Ignored: ${classified.reason}` };
  }
  const target = targetOf(classified.job);
  const now = ports.now().toISOString();
  if (!(await ports.claimDelivery(deliveryId))) {
    // Redeliveries keep their id (docs/platform-assumptions.md). Done work is not done again; work that is
    // still pending and not queued for a while (the queue gave up, an event was lost) is queued again.
    const pending = await ports.pending.get(deliveryId);
    if (pending === undefined) {
      const reason = 'Redelivery of a delivery already done; nothing queued.';
      await ports.log.write({ ...logLine, target, outcome: 'duplicate', reason });
      return { status: 200, message: 'Already received and done.' };
    }
    const stale = Date.parse(pending.lastQueuedAt) <= ports.now().getTime() - REQUEUE_AFTER_MINUTES * 60_000;
    // Work that failed (the queue may have given up on it) or is old goes again; the job repeats nothing.
    if (!stale && pending.lastError === null && pending.givenUpAt === null) {
      const reason = 'Redelivery of a delivery being handled; nothing queued.';
      await ports.log.write({ ...logLine, target, outcome: 'duplicate', reason });
      return { status: 200, message: 'Already received; being handled.' };
    }
    await ports.pending.put({ ...pending, lastQueuedAt: now, givenUpAt: null });
    await ports.enqueue(pending.job);
    // On the delivery's own line (its first receipt), which the job's outcome then overwrites.
    await ports.log.write({
      ...logLine,
      receivedAt: pending.job.delivery.receivedAt,
      target,
      outcome: 'queued',
      reason: `Queued again by GitHub's redelivery after: ${pending.lastError ?? 'no answer'}`,
    });
    return { status: 202, message: 'Accepted again: queued.' };
  }
  try {
    // Kept until its job is done: the redelivery and the hourly redrive rely on it (redrive-deliveries.ts).
    await ports.pending.put({
      job: classified.job,
      queuedAt: now,
      lastQueuedAt: now,
      lastError: null,
      redrives: 0,
      givenUpAt: null,
    });
    await ports.enqueue(classified.job);
  } catch (error) {
    // Without the job the claim would make GitHub's redelivery a silent no-op.
    await ports.releaseDelivery(deliveryId);
    throw error;
  }
  await ports.log.write({ ...logLine, target, outcome: 'queued', reason: 'Received; queued.' });
  return { status: 202, message: 'Accepted.' };
}

/** A redelivery queues pending work again once the first queueing is this old (the queue's retries end sooner). */
export const REQUEUE_AFTER_MINUTES = 10;
