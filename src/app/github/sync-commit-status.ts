/**
 * Brings the PR's commit status in line with its CR. Runs from the queue, so a GitHub failure is recorded
 * and retried later without ever holding up the CR itself.
 */
import { UpstreamError } from '../errors';
import { commitStatusFor } from './commit-status-for';
import type { GitHubDeps, JobResult } from './github-deps';

const RETRY_AFTER_SECONDS = 60;

export async function syncCommitStatus(
  deps: GitHubDeps,
  repository: string,
  number: number,
): Promise<JobResult> {
  const link = await deps.index.get(repository, number);
  if (link === undefined)
    return { outcome: 'ignored', reason: 'No CR for this pull request.', issueKey: null };
  const entry = await deps.app.ledger.get(link.issueKey);
  const status = commitStatusFor(link, entry);
  const at = deps.app.clock.now().toISOString();
  try {
    const result = await deps.status.setStatus(repository, link.headSha, {
      ...status,
      targetUrl: link.issueUrl,
    });
    await deps.status.recordAttempt(link.issueKey, {
      ...status,
      sha: link.headSha,
      at,
      result,
      detail: result === 'no-token' ? 'No GitHub token is set on the admin page.' : 'GitHub accepted it.',
    });
    return {
      outcome: 'done',
      reason:
        result === 'sent'
          ? `Commit status ${status.state} set on ${link.headSha.slice(0, 7)}.`
          : `Commit status ${status.state} not sent: no GitHub token is set.`,
      issueKey: link.issueKey,
    };
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    // The admin page shows the fixed message; GitHub's own answer goes to the logs.
    console.warn(`Async CAB: commit status for ${link.issueKey} failed: ${error.detail}`);
    await deps.status.recordAttempt(link.issueKey, {
      ...status,
      sha: link.headSha,
      at,
      result: 'failed',
      detail: error.message,
    });
    return { outcome: 'retry', reason: error.message, retryAfterSeconds: RETRY_AFTER_SECONDS };
  }
}
