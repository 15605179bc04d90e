/**
 * Who a draft from GitHub is waiting for, in words an agent can act on. The app maps the pull request's
 * author to a Jira account through the policy's login mapping (or their email); when that fails, nobody is
 * asked to complete the draft until a change manager hands it over.
 */
import type { HandOverView } from '@async-cab/shared/client';

export function draftOwnerText(handOver: HandOverView): string {
  if (handOver.requester !== null) {
    return `Waiting for ${handOver.requester.displayName} to complete and submit it.`;
  }
  const who =
    handOver.unmappedLogin === null
      ? 'the app could not tell who opened the pull request'
      : `the pull request's author, GitHub user ${handOver.unmappedLogin}, has no Jira account mapped`;
  const next = handOver.canHandOver
    ? 'Hand it over to the person who will complete it.'
    : 'A change manager can hand it over to the person who will complete it.';
  return `Nobody can complete it yet: ${who}. ${next}`;
}

/** The confirmation flag after a hand-over, e.g. "CHG-12 handed over to Dana Lee". */
export function handedOverTitle(issueKey: string, displayName: string): string {
  return `${issueKey} handed over to ${displayName}`;
}
