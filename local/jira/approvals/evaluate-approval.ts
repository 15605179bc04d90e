import type { ApprovalRecord, Decision } from '../store/approvals-store';

/**
 * JSM's `numberPerPrincipal` condition: N approvals from each Approver group; any decline declines
 * (docs/platform-assumptions.md). A group with fewer eligible approvers than N (e.g. the reporter excluded) needs all of
 * them; a group with none cannot block.
 */
export function evaluateApproval(approval: ApprovalRecord): Decision {
  if (approval.approvers.some((approver) => approver.decision === 'declined')) return 'declined';
  if (approval.approvers.length === 0) return 'pending';
  for (const groupId of approval.groupIds) {
    const eligible = approval.approvers.filter((approver) => approver.groupIds.includes(groupId));
    const needed = Math.min(approval.conditionValue, eligible.length);
    const approved = eligible.filter((approver) => approver.decision === 'approved').length;
    if (approved < needed) return 'pending';
  }
  return 'approved';
}
