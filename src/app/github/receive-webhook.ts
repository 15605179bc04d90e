/**
 * The GitHub webhook intake: size, signature, then parse;
 * de-duplicate on X-GitHub-Delivery; enqueue what the app acts on and answer 202 well within GitHub's 10 s.
 * Outcomes are values (an HTTP status and a short text); only I/O failures throw.
 */
import type { WebhookIntakePorts } from './github-ports';
import { targetOf, type DeliveryRef } from './github-job';
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
  if (!(await ports.claimDelivery(deliveryId))) {
    // Redeliveries keep their id (docs/platform-assumptions.md): the first one is being handled already.
    const reason = 'Redelivery of a delivery already received; nothing queued.';
    await ports.log.write({ ...logLine, target, outcome: 'duplicate', reason });
    return { status: 200, message: 'Already received this delivery.' };
  }
  try {
    await ports.enqueue(classified.job);
  } catch (error) {
    // Without the job the claim would make GitHub's redelivery a silent no-op.
    await ports.releaseDelivery(deliveryId);
    throw error;
  }
  // No log line here: the consumer writes the outcome moments later, and one KVS write fewer per
  // delivery keeps the acknowledgement fast (bench/webhook.bench.ts).
  return { status: 202, message: 'Accepted.' };
}
