import {
  type ApprovalSnapshot,
  type ApprovalState,
  type ApprovalStateInput,
  type GroupApprovalState,
  type OutsideApprover,
} from './approval-state-types';
import { describeViewer } from './describe-viewer';
import { type ApprovalDecision } from './jsm-approval-schema';
import { selectCurrentApproval } from './select-current-approval';
import { tallyGroup } from './tally-group';

/**
 * The approval state of one change request, from JSM's approval snapshots and the routed groups.
 *
 * JSM's `finalDecision` of the current approval is authoritative once it is not pending: JSM performs the
 * approve/decline transition, so disagreeing with it would leave the issue and the app out of step. Our own
 * count (per group, numberPerPrincipal-style) decides only while JSM is pending, and every disagreement is
 * reported in `discrepancies` so that people can look.
 */
export function computeApprovalState(input: ApprovalStateInput): ApprovalState {
  const approval = selectCurrentApproval(input.approvals);
  const groups = input.groups.map((group) =>
    tallyGroup({
      group,
      members: input.membership[group.groupId] ?? [],
      approval,
      requesterAccountId: input.requesterAccountId,
    }),
  );
  const viewer =
    input.viewerAccountId === undefined
      ? null
      : describeViewer({
          viewerAccountId: input.viewerAccountId,
          requesterAccountId: input.requesterAccountId,
          approval,
          groups: input.groups,
          membership: input.membership,
        });
  const earlierRounds = Math.max(0, input.approvals.length - 1);

  if (approval === null) {
    return {
      stage: 'not-started',
      currentApprovalId: null,
      earlierRounds,
      decision: 'pending',
      decisionSource: 'none',
      groups,
      outsideGroups: [],
      selfApproval: false,
      viewer,
      discrepancies: [],
    };
  }

  const outsideGroups = findOutsideApprovers(approval, input);
  const selfApproval = approval.approvers.some(
    (entry) => entry.approver.accountId === input.requesterAccountId && entry.approverDecision === 'approved',
  );
  const computed = computeDecision(approval, groups);
  const jsmDecided = approval.finalDecision !== 'pending';
  const decision = jsmDecided ? approval.finalDecision : computed;
  return {
    stage: decision === 'pending' ? 'in-progress' : 'decided',
    currentApprovalId: approval.id,
    earlierRounds,
    decision,
    decisionSource: jsmDecided ? 'jsm' : 'computed',
    groups,
    outsideGroups,
    selfApproval,
    viewer,
    discrepancies: [
      ...decisionDiscrepancies(approval, groups, computed),
      ...selfApprovalDiscrepancy(approval, input.requesterAccountId),
      ...outsideGroups.map(
        (person) =>
          `${person.displayName} is an approver on the JSM approval (${person.decision}) but is not a member of any routed approver group.`,
      ),
      ...(input.groups.length === 0 ? ['No approver groups were routed, so no group can be counted.'] : []),
    ],
  };
}

/** JSM with numberPerPrincipal declines on the first decline; it approves when every group has its count. */
function computeDecision(
  approval: ApprovalSnapshot,
  groups: readonly GroupApprovalState[],
): ApprovalDecision {
  if (approval.approvers.some((entry) => entry.approverDecision === 'declined')) return 'declined';
  if (groups.length > 0 && groups.every((group) => group.satisfied)) return 'approved';
  return 'pending';
}

function decisionDiscrepancies(
  approval: ApprovalSnapshot,
  groups: readonly GroupApprovalState[],
  computed: ApprovalDecision,
): string[] {
  if (approval.finalDecision === 'approved') {
    return groups
      .filter((group) => !group.satisfied)
      .map((group) => `JSM reports the approval as approved, but ${group.name} has ${group.label}.`);
  }
  if (approval.finalDecision === 'declined' && computed !== 'declined') {
    return ['JSM reports the approval as declined, but no approver on it has declined.'];
  }
  if (approval.finalDecision === 'pending' && computed !== 'pending') {
    return [`JSM still reports the approval as pending, but the approvers' answers make it ${computed}.`];
  }
  return [];
}

function selfApprovalDiscrepancy(approval: ApprovalSnapshot, requesterAccountId: string): string[] {
  const self = approval.approvers.find(
    (entry) => entry.approver.accountId === requesterAccountId && entry.approverDecision === 'approved',
  );
  return self === undefined
    ? []
    : [
        `${self.approver.displayName} approved their own change request; the app does not count a requester's approval.`,
      ];
}

function findOutsideApprovers(approval: ApprovalSnapshot, input: ApprovalStateInput): OutsideApprover[] {
  const routedMembers = new Set(input.groups.flatMap((group) => input.membership[group.groupId] ?? []));
  const seen = new Set<string>();
  const outside: OutsideApprover[] = [];
  for (const entry of approval.approvers) {
    const { accountId, displayName } = entry.approver;
    if (routedMembers.has(accountId) || seen.has(accountId)) continue;
    seen.add(accountId);
    outside.push({ accountId, displayName, decision: entry.approverDecision });
  }
  return outside;
}
