import type { AppDeps } from './app-deps';
import type { LedgerEntry } from './ports/store-ports';

/**
 * Lets the linked PR's commit status follow the CR. A failure here is logged and swallowed on
 * purpose: GitHub (or the queue in front of it) must never lose or block a routing or a decision, and the
 * next change of the CR, or a redelivered webhook, schedules the status again.
 */
export async function announceToPullRequest(deps: AppDeps, entry: LedgerEntry): Promise<void> {
  const pullRequest = entry.changeRequest?.linkedPullRequest;
  if (deps.pullRequestStatus === undefined || pullRequest === undefined) return;
  try {
    await deps.pullRequestStatus.changed({ repository: pullRequest.repository, number: pullRequest.number });
  } catch (error) {
    console.warn(`Could not schedule the GitHub status for ${entry.issueKey}: ${String(error)}`);
  }
}
