import {
  type ApprovalSnapshot,
  type GroupApprovalState,
  type Person,
  type RoutedGroup,
} from './approval-state-types';

export interface TallyGroupInput {
  readonly group: RoutedGroup;
  readonly members: readonly string[];
  readonly approval: ApprovalSnapshot | null;
  readonly requesterAccountId: string;
}

/**
 * Counts one group's answers on the current approval. Like JSM's `numberPerPrincipal` condition, a person in
 * two groups counts for both (docs/platform-assumptions.md). The requester's own approval is listed but not counted:
 * requesters cannot approve their own CR (docs/architecture.md), even if JSM's buttons let it through.
 */
export function tallyGroup(input: TallyGroupInput): GroupApprovalState {
  const { group, approval, requesterAccountId } = input;
  const members = new Set(input.members);
  const approvedBy: Person[] = [];
  const declinedBy: Person[] = [];
  const pending: Person[] = [];
  const seen = new Set<string>();
  for (const entry of approval?.approvers ?? []) {
    const { accountId, displayName } = entry.approver;
    if (!members.has(accountId) || seen.has(accountId)) continue;
    seen.add(accountId);
    const person: Person = { accountId, displayName };
    if (entry.approverDecision === 'approved') approvedBy.push(person);
    else if (entry.approverDecision === 'declined') declinedBy.push(person);
    else pending.push(person);
  }
  const counted = approvedBy.filter((person) => person.accountId !== requesterAccountId).length;
  const needed = group.approvalsNeeded;
  const eligible = [...members].filter((accountId) => accountId !== requesterAccountId).length;
  const unreachable = eligible < needed;
  return {
    groupId: group.groupId,
    name: group.name,
    needed,
    approvedBy,
    declinedBy,
    pending,
    satisfied: counted >= needed,
    label: approvalsLabel(Math.min(counted, needed), needed),
    unreachable,
    unreachableReason: unreachable
      ? unreachableReason(group, eligible, members.has(requesterAccountId))
      : null,
  };
}

export function approvalsLabel(count: number, needed: number): string {
  return `${count} of ${needed} ${needed === 1 ? 'approval' : 'approvals'}`;
}

function unreachableReason(group: RoutedGroup, eligible: number, requesterIsMember: boolean): string {
  const members = `${eligible} eligible ${eligible === 1 ? 'member' : 'members'}`;
  const why = requesterIsMember ? ' (the requester is a member but cannot approve their own change)' : '';
  const needed = `${group.approvalsNeeded} ${group.approvalsNeeded === 1 ? 'approval' : 'approvals'}`;
  return `${group.name} needs ${needed} but has only ${members}${why}; add members to the group or lower the number of approvals in the policy.`;
}
