import { type ApprovalDecision } from './jsm-approval-schema';

/**
 * Structural inputs: the smallest shape of a JSM approval this module reads. A parsed `JsmApproval`
 * satisfies it; other modules need not import the schema to call `computeApprovalState`.
 */
export interface ApproverSnapshot {
  readonly approver: { readonly accountId: string; readonly displayName: string };
  readonly approverDecision: ApprovalDecision;
}

export interface ApprovalSnapshot {
  readonly id: string;
  readonly finalDecision: ApprovalDecision;
  readonly approvers: readonly ApproverSnapshot[];
  readonly createdDate: { readonly epochMillis: number };
}

/** One approver group chosen by routing; defined here so this module does not depend on src/domain/routing. */
export interface RoutedGroup {
  readonly groupId: string;
  readonly name: string;
  readonly approvalsNeeded: number;
}

export interface ApprovalStateInput {
  /** Every approval JSM lists for the issue, in any order; earlier rounds are ignored. */
  readonly approvals: readonly ApprovalSnapshot[];
  readonly groups: readonly RoutedGroup[];
  /** Account ids per group id, as Jira reports group membership now. */
  readonly membership: Readonly<Record<string, readonly string[]>>;
  readonly requesterAccountId: string;
  readonly viewerAccountId?: string;
}

export interface Person {
  readonly accountId: string;
  readonly displayName: string;
}

export interface GroupApprovalState {
  readonly groupId: string;
  readonly name: string;
  readonly needed: number;
  readonly approvedBy: readonly Person[];
  readonly declinedBy: readonly Person[];
  readonly pending: readonly Person[];
  readonly satisfied: boolean;
  /** For people: "1 of 2 approvals". Counts only approvals that count (never the requester's own). */
  readonly label: string;
  /** True when the group has fewer eligible members than approvals needed: it can never be satisfied. */
  readonly unreachable: boolean;
  readonly unreachableReason: string | null;
}

export interface OutsideApprover extends Person {
  readonly decision: ApprovalDecision;
}

export interface ViewerState {
  readonly accountId: string;
  readonly canAnswer: boolean;
  readonly alreadyAnswered: boolean;
  readonly isRequester: boolean;
  /** A sentence for the panel explaining why the viewer can or cannot answer. */
  readonly reason: string;
}

export type ApprovalStage = 'not-started' | 'in-progress' | 'decided';

export interface ApprovalState {
  /** 'not-started': JSM has no approval yet (the issue has not entered the approval status). */
  readonly stage: ApprovalStage;
  readonly currentApprovalId: string | null;
  /** Approvals from earlier rounds that were ignored because a later one exists. */
  readonly earlierRounds: number;
  readonly decision: ApprovalDecision;
  /** 'jsm' when JSM's finalDecision decided; 'computed' when JSM is pending and our count decided. */
  readonly decisionSource: 'jsm' | 'computed' | 'none';
  readonly groups: readonly GroupApprovalState[];
  /** Approvers on the current approval who are in none of the routed groups. */
  readonly outsideGroups: readonly OutsideApprover[];
  readonly selfApproval: boolean;
  readonly viewer: ViewerState | null;
  /** Where JSM and our own count disagree, or the data looks wrong; one sentence each. */
  readonly discrepancies: readonly string[];
}
