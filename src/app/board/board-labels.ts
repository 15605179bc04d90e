/** How the board words states, change types, risks and its filters (one place, so every view agrees). */
import type { BoardState, BoardStatusFilter } from '../../shared/board-view-models';

export const stateLabels: Record<BoardState, string> = {
  'waiting-for-answers': 'Waiting for answers',
  'needs-attention': 'Needs attention',
  'awaiting-approval': 'Awaiting approval',
  'break-glass': 'Implemented, approval pending',
  'stale-approval': 'Approved, stale',
};

export const statusFilterLabels: Record<BoardStatusFilter, string> = {
  'awaiting-approval': 'Awaiting approval',
  overdue: 'Overdue',
  'break-glass': 'Implemented before approval',
  'stale-approval': 'Stale approval',
  'waiting-for-answers': 'Waiting for answers',
  'needs-attention': 'Needs attention',
};

export const changeTypeLabels = {
  standard: 'Standard change',
  normal: 'Normal change',
  emergency: 'Emergency change',
} as const;

export const riskLabels = {
  low: 'Low risk',
  medium: 'Medium risk',
  high: 'High risk',
  critical: 'Critical risk',
} as const;

/** "1 of 2 groups approved", "0 of 1 group approved". */
export function groupsLabel(approved: number, total: number): string {
  return `${String(approved)} of ${String(total)} ${total === 1 ? 'group' : 'groups'} approved`;
}
