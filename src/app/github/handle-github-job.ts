/**
 * The consumer's use case: one queued job, idempotent under at-least-once delivery. Jobs from
 * a webhook delivery update its line in the delivery log with what was done and why.
 */
import { UpstreamError } from '../errors';
import type { GitHubDeps, JobResult } from './github-deps';
import type { DeliveryJob, DeliveryOutcome } from './github-ports';
import { targetOf, type GitHubJob } from './github-job';
import { draftFromPullRequest } from './draft-from-pull-request';
import { markApprovalStale } from './mark-approval-stale';
import { recordCheckEvidence } from './record-check-evidence';
import { recordMerge } from './record-merge';
import { syncCommitStatus } from './sync-commit-status';
import { systemsForRepository } from './systems-for-repository';

export { logResult as logDelivery };

export async function handleGitHubJob(deps: GitHubDeps, job: GitHubJob): Promise<JobResult> {
  if (job.kind === 'status') return syncCommitStatus(deps, job.repository, job.number);
  let result: JobResult;
  try {
    result = await act(deps, job);
  } catch (error) {
    await noteFailure(deps, job, error);
    throw error;
  }
  if (result.outcome !== 'retry') {
    await logResult(deps, job, result);
    // Done (or nothing to do): only now is the delivery finished; until here a redelivery re-drives it.
    await deps.pending.finish(job.delivery.deliveryId);
  }
  return result;
}

/** The log says what failed and that the queue retries; the pending delivery keeps the reason. */
async function noteFailure(deps: GitHubDeps, job: DeliveryJob, error: unknown): Promise<void> {
  const reason = error instanceof UpstreamError ? error.message : String(error);
  const pending = await deps.pending.get(job.delivery.deliveryId);
  if (pending !== undefined) await deps.pending.put({ ...pending, lastError: reason });
  // Once the redrive has given up (and said so), a late failure keeps saying that, with the newest reason.
  await logResult(
    deps,
    job,
    pending?.givenUpAt == null
      ? { outcome: 'failed', reason: `Failed; will retry: ${reason}`, issueKey: null }
      : {
          outcome: 'given-up',
          reason: `Given up; a redelivery from GitHub tries again. Last: ${reason}`,
          issueKey: null,
        },
  );
}

async function act(deps: GitHubDeps, job: DeliveryJob): Promise<JobResult> {
  const repository = job.kind === 'checks-completed' ? job.repository : job.pullRequest.repository;
  const { policy } = await deps.app.policies.get();
  const systems = systemsForRepository(policy, repository);
  if (systems.length === 0)
    return {
      outcome: 'ignored',
      reason: `Repository ${repository} belongs to no system in the policy.`,
      issueKey: null,
    };
  switch (job.kind) {
    case 'review-approved':
      return draftFromPullRequest(deps, job.pullRequest, systems, {
        kind: 'review-approved',
        reviewerLogin: job.reviewerLogin,
      });
    case 'merged':
      return recordMerge(deps, job.pullRequest, job.mergeSha, systems);
    case 'synchronized':
      return markApprovalStale(deps, job.pullRequest);
    case 'checks-completed':
      return recordCheckEvidence(deps, job);
  }
}

async function logResult(
  deps: GitHubDeps,
  job: DeliveryJob,
  result: { outcome: DeliveryOutcome; reason: string; issueKey: string | null },
): Promise<void> {
  await deps.log.write({
    deliveryId: job.delivery.deliveryId,
    event: job.delivery.event,
    action: job.delivery.action,
    target: targetOf(job),
    receivedAt: job.delivery.receivedAt,
    outcome: result.outcome,
    reason: result.reason,
    issueKey: result.issueKey,
  });
}
