import { type ApprovalSnapshot } from './approval-state-types';

/**
 * The current approval is the most recently created one: a CR that re-enters the approval status gets a new
 * approval, and only that round counts (docs/architecture.md, flow 3). Equal creation times keep JSM's list order,
 * which is oldest first, so the later entry wins.
 */
export function selectCurrentApproval<A extends ApprovalSnapshot>(approvals: readonly A[]): A | null {
  let current: A | null = null;
  for (const approval of approvals) {
    if (current === null || approval.createdDate.epochMillis >= current.createdDate.epochMillis) {
      current = approval;
    }
  }
  return current;
}
