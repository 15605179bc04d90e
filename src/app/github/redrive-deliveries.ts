/**
 * The hourly redrive of GitHub deliveries (scheduled trigger `cab-github-redrive`): a delivery the app
 * acknowledged is never lost because the queue gave up on it (an outage longer than its retries) or its
 * event was lost (a crash). Every pending delivery not queued for a while is queued again; its job finishes
 * what is left and repeats nothing (draft-from-pull-request.ts). After MAX_REDRIVES tries the change managers
 * are told on the team channel what could not be done, and the delivery log says it was given up; a
 * redelivery from GitHub still re-drives it.
 */
import type { GitHubDeps } from './github-deps';
import { targetOf } from './github-job';
import type { PendingDelivery } from './github-ports';
import { logDelivery } from './handle-github-job';

/** Longer than the queue's own retries (10 + 20 + 40 + 80 s), so the redrive never races them. */
export const REDRIVE_AFTER_MINUTES = 30;
export const MAX_REDRIVES = 3;

export interface RedriveReport {
  redriven: string[];
  givenUp: string[];
  failed: { deliveryId: string; error: unknown }[];
}

export async function redriveDeliveries(deps: GitHubDeps): Promise<RedriveReport> {
  const report: RedriveReport = { redriven: [], givenUp: [], failed: [] };
  const now = deps.app.clock.now();
  let cursor: string | undefined;
  do {
    const page = await deps.pending.page(cursor);
    for (const pending of page.items) {
      try {
        const done = await redrive(deps, pending, now);
        if (done !== null) report[done].push(pending.job.delivery.deliveryId);
      } catch (error) {
        report.failed.push({ deliveryId: pending.job.delivery.deliveryId, error });
      }
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return report;
}

async function redrive(
  deps: GitHubDeps,
  pending: PendingDelivery,
  now: Date,
): Promise<'redriven' | 'givenUp' | null> {
  if (pending.givenUpAt !== null) return null;
  if (Date.parse(pending.lastQueuedAt) > now.getTime() - REDRIVE_AFTER_MINUTES * 60_000) return null;
  const { job } = pending;
  if (pending.redrives >= MAX_REDRIVES) {
    const reason = `Given up after ${String(pending.redrives)} more tries: ${pending.lastError ?? 'no answer'}. Change managers told; a redelivery from GitHub tries again.`;
    await deps.pending.put({ ...pending, givenUpAt: now.toISOString() });
    await logDelivery(deps, job, { outcome: 'given-up', reason, issueKey: null });
    await deps.app.chat.post({
      text: `Async CAB could not act on GitHub delivery ${job.delivery.deliveryId} (${job.delivery.event} for ${targetOf(job) ?? 'a repository'}): ${pending.lastError ?? 'no answer'}. Redeliver it from the webhook's Recent deliveries once the cause is fixed.`,
      urgent: true,
      issueKey: '',
    });
    return 'givenUp';
  }
  await deps.pending.put({ ...pending, redrives: pending.redrives + 1, lastQueuedAt: now.toISOString() });
  await deps.queue.enqueue(job);
  await logDelivery(deps, job, {
    outcome: 'queued',
    reason: `Queued again (try ${String(pending.redrives + 1)} of ${String(MAX_REDRIVES)}) after: ${pending.lastError ?? 'no answer'}`,
    issueKey: null,
  });
  return 'redriven';
}
