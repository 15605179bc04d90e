/**
 * `pull_request` synchronize: new commits after approval mean the approval no longer covers
 * the code. The CR gets an internal comment, the requester an email and the channel a line, and the ledger
 * says so (once per head SHA), the linked-PR field
 * and the index follow the new head, and the commit status on it goes back to pending.
 */
import { heading, paragraph, text } from '../../domain/decision-record';
import type { GitHubDeps, JobResult } from './github-deps';
import type { PullRequestFacts } from './github-job';
import type { PullRequestLink } from './github-ports';
import { chatLink, chatText } from '../chat-text';
import { requesterStaleEmail } from '../lifecycle/requester-outcome-message';

export async function markApprovalStale(deps: GitHubDeps, pullRequest: PullRequestFacts): Promise<JobResult> {
  const link = await deps.index.get(pullRequest.repository, pullRequest.number);
  if (link === undefined)
    return { outcome: 'ignored', reason: 'New commits, but no CR exists for this PR yet.', issueKey: null };
  const now = deps.app.clock.now().toISOString();
  const entry = await deps.app.ledger.get(link.issueKey);
  let stale = false;
  if (entry?.status === 'approved' && entry.stale?.headSha !== pullRequest.headSha) {
    await deps.app.jira.addInternalComment(link.issueKey, {
      type: 'doc',
      version: 1,
      content: [
        heading(3, 'The approval is stale: new commits were pushed'),
        paragraph(
          text(
            `${pullRequest.url} moved from ${link.headSha.slice(0, 7)} to ${pullRequest.headSha.slice(0, 7)} after this change was approved. The GitHub status is pending again until the change is approved for the new code.`,
          ),
        ),
      ],
    });
    // The requester and the channel hear it too; then the ledger marks it, so a retry tells nobody twice.
    const told = requesterStaleEmail(entry, pullRequest.url);
    if (told !== null) await deps.app.jira.notify(link.issueKey, told);
    await deps.app.chat.post({
      text: chatText`The approval of ${link.issueKey} is stale: new commits were pushed to ${chatLink(pullRequest.url)} after it was approved. ${chatLink(entry.issueUrl)}`,
      urgent: false,
      issueKey: link.issueKey,
    });
    await deps.app.ledger.put({ ...entry, stale: { since: now, headSha: pullRequest.headSha } });
    stale = true;
  }
  if (link.headSha !== pullRequest.headSha) {
    const next: PullRequestLink = {
      ...link,
      headSha: pullRequest.headSha,
      ...(stale ? { staleSince: now } : {}),
    };
    await deps.drafts.setLinkedPullRequest(
      { key: link.issueKey, id: link.issueId },
      {
        repository: next.repository,
        number: next.number,
        url: next.url,
        headSha: next.headSha,
        ...(next.mergeSha === undefined ? {} : { mergeSha: next.mergeSha }),
      },
    );
    await deps.index.put(next);
  }
  await deps.queue.enqueue({ kind: 'status', repository: link.repository, number: link.number });
  return {
    outcome: 'done',
    reason: stale
      ? `Approval of ${link.issueKey} is stale; status set back to pending.`
      : `Head of ${link.issueKey} moved to ${pullRequest.headSha.slice(0, 7)} (not approved yet).`,
    issueKey: link.issueKey,
  };
}
