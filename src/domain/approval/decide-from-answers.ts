import { type ApprovalDecision } from './jsm-approval-schema';
import { type GroupApprovalState, type RoutedGroup } from './approval-state-types';
import { computeApprovalState } from './compute-approval-state';

export interface CollectedAnswer {
  readonly accountId: string;
  readonly displayName: string;
  readonly decision: 'approve' | 'decline';
}

export interface DecideFromAnswersInput {
  readonly groups: readonly RoutedGroup[];
  /** Account ids per group id, as Jira reports group membership now. */
  readonly membership: Readonly<Record<string, readonly string[]>>;
  readonly answers: readonly CollectedAnswer[];
  readonly requesterAccountId: string;
}

/**
 * The decision of answers the app collected itself (after break-glass JSM's approval takes no more), counted
 * exactly as JSM's own approval is: the same per-group tally and the same rule (any decline declines; every
 * group's number approves), by treating the answers as one approval that JSM has not decided.
 */
export function decideFromAnswers(input: DecideFromAnswersInput): {
  decision: ApprovalDecision;
  groups: readonly GroupApprovalState[];
} {
  const state = computeApprovalState({
    approvals: [
      {
        id: 'collected-by-the-app',
        finalDecision: 'pending',
        createdDate: { epochMillis: 0 },
        approvers: input.answers
          .filter((answer) => answer.accountId !== input.requesterAccountId)
          .map((answer) => ({
            approver: { accountId: answer.accountId, displayName: answer.displayName },
            approverDecision: answer.decision === 'approve' ? 'approved' : 'declined',
          })),
      },
    ],
    groups: input.groups,
    membership: input.membership,
    requesterAccountId: input.requesterAccountId,
  });
  return { decision: state.decision, groups: state.groups };
}
