import type { LedgerEntry } from '../ports/store-ports';
import type { CommitState, PullRequestLink } from './github-ports';

/**
 * The `async-cab/change-approval` state a PR shows: pending while drafted or awaiting approval,
 * success when approved, failure when declined, pending again when commits arrived after the approval.
 */
export function commitStatusFor(
  link: PullRequestLink,
  entry: LedgerEntry | undefined,
): { state: CommitState; description: string } {
  const key = link.issueKey;
  if (entry === undefined)
    return { state: 'pending', description: `${key} is a draft: complete and submit it.` };
  if (entry.unexplained !== undefined)
    return {
      state: 'pending',
      description: `${key} was moved to ${entry.unexplained.to} without an approval: a change manager must look at it.`,
    };
  if (entry.status === 'declined')
    return { state: 'failure', description: `${key} was declined by the CAB.` };
  if (entry.status === 'approved') {
    if (entry.stale !== undefined && entry.stale.headSha === link.headSha)
      return { state: 'pending', description: `New commits after approval: ${key} needs approval again.` };
    return { state: 'success', description: `${key} was approved.` };
  }
  if (entry.status === 'needs-attention')
    return { state: 'pending', description: `${key} needs a change manager before approval starts.` };
  return { state: 'pending', description: `${key} is awaiting approval.` };
}
