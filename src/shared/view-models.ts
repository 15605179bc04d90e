/**
 * What the resolvers return to the Custom UI: view models shaped for display, not domain objects, so the
 * UI bundles never import backend code (the layer rule forbids it).
 */
import type { AdfDocument } from '../domain/decision-record/adf-schema';
import type { FieldError } from './error-codes';
import type { WindowFlagsView } from './figures-view-models';
import type { PolicyDocument } from './policy-document';
export type * from './board-view-models';

/**
 * A decision record as Atlassian Document Format, restricted to the nodes and marks the app writes
 * (src/domain/decision-record/adf-schema.ts); static/ui-kit/adf-document.tsx renders it.
 */
export type DecisionRecordDocument = AdfDocument;

export interface PersonView {
  accountId: string;
  displayName: string;
}

export interface ApprovalGroupView {
  groupId: string;
  name: string;
  needed: number;
  approvedBy: PersonView[];
  declinedBy: PersonView[];
  pending: PersonView[];
  /** e.g. "1 of 2 approvals". */
  label: string;
  satisfied: boolean;
  /** Set when the group cannot reach its number (too few members); says why. */
  unreachable: string | null;
}

export interface DeadlineView {
  /** ISO instant. */
  at: string;
  /** In the approver group's time zone, e.g. "Tue 25 Nov 2025, 17:00 GMT"; the UIs show `at` in the viewer's. */
  display: string;
  timeZone: string;
  /** Working minutes left in that time zone's business hours (wall-clock minutes for emergencies). */
  minutesLeft: number;
  /** e.g. "5 h 20 min of working time left" or "Overdue by 2 h". */
  label: string;
  overdue: boolean;
  clock: 'business' | 'wallClock';
}

export interface EvidenceView {
  summary: string;
  changeType: 'standard' | 'normal' | 'emergency' | null;
  risk: string | null;
  systems: { key: string; name: string }[];
  plannedWindow: { start: string; end: string; timeZone: string; display: string } | null;
  tested: boolean | null;
  evidenceUrl: string | null;
  notTestedReason: string | null;
  rollbackPlan: string | null;
  consequenceOfNotReleasing: string | null;
  pullRequest: { url: string; label: string } | null;
  requester: PersonView | null;
}

export type RoutingStateView =
  | { state: 'not-routed'; message: string }
  /** A change request whose CAB answers are missing or invalid: nothing is routed until they are complete. */
  | { state: 'waiting-for-answers'; message: string; problems: AnswerProblemView[] }
  /** Drafted from a pull request: waits for its requester to complete and submit it. */
  | { state: 'draft'; message: string; problems: AnswerProblemView[]; handOver: HandOverView }
  /** The policy could not route it; change managers and Jira admins may route it again once it is fixed. */
  | { state: 'needs-attention'; message: string; problems: string[]; canRouteAgain: boolean }
  | { state: 'routed'; routedAt: string };

/** One CAB answer that keeps a change request from being routed. */
export interface AnswerProblemView {
  /** The answer's key in the request form (`affectedSystems`, `plannedWindow`, `testing`,...) or `summary`. */
  field: string;
  /** The question as people see it, e.g. "Rollback plan". */
  label: string;
  kind: 'missing' | 'invalid';
  /** What to do, e.g. "Not answered yet: describe how to roll the change back." */
  message: string;
}

/** Who a draft from GitHub belongs to, and whether the viewer may hand it to someone else. */
export interface HandOverView {
  requester: PersonView | null;
  /** The PR author's GitHub login when the app could not map it to a Jira account. */
  unmappedLogin: string | null;
  /** Change managers and Jira admins may hand a draft to a requester. */
  canHandOver: boolean;
}

/**
 * Where the change request stands in its lifecycle (src/domain/lifecycle), so every view words the same
 * state the same way.
 */
export type ChangeRequestPhase =
  | 'not-a-change-request'
  | 'drafted'
  | 'waiting-for-answers'
  | 'needs-attention'
  | 'awaiting-approval'
  | 'implemented-before-approval'
  | 'approved'
  | 'declined';

export interface ApprovalPanelView {
  issueKey: string;
  /** The issue's Jira status, as the viewer sees it. */
  status: string;
  phase: ChangeRequestPhase;
  routing: RoutingStateView;
  decision: 'pending' | 'approved' | 'declined';
  groups: ApprovalGroupView[];
  deadline: DeadlineView | null;
  evidence: EvidenceView;
  /** What the person looking at the panel may do, and why not when they may not. */
  viewer: {
    accountId: string;
    canAnswer: boolean;
    approvalId: string | null;
    isRequester: boolean;
    reason: string;
  };
  reasons: string[];
  /** Plain text of the decision record once the decision is final. */
  decisionRecord: string | null;
  /**
   * The same record as the formatted document that is the issue's comment (headings, tables, lists, links),
   * for the views to render; null (or absent, from older servers) when only the text is at hand.
   */
  decisionRecordDocument?: DecisionRecordDocument | null;
  /**
   * Set while pending when the response deadline falls after the planned window starts: approvers may
   * still be deciding while the change is being made (src/domain/routing/deadline-after-window-start.ts).
   */
  deadlineAfterWindowStart?: { deadline: string; windowStart: string; minutesLate: number };
  /**
   * Freezes the planned window falls in and open changes planned on the same systems at overlapping times,
   * shown while the change waits so approvers see them before they decide (src/app/figures/window-flags-for.ts);
   * absent once decided.
   */
  windowFlags?: WindowFlagsView;
  /** Set when commits were pushed to the linked pull request after the CR was approved. */
  staleApproval?: { since: string; headSha: string; message: string };
  /** Set when the CR reached Approved or Implementing without JSM's approval or the app approving it. */
  unexplainedApproval?: { at: string; to: string; message: string };
  /** The emergency fast-track state (emergency CRs only). */
  emergency?: EmergencyView;
  /** Silence as consent and its objections (silence-eligible CRs only). */
  silence?: SilenceView;
}

/** A silence-eligible CR is approved when its objection window closes with no decline or objection. */
export interface SilenceView {
  /** ISO instant the objection window closes. */
  objectionDeadline: string;
  /** The deadline in the first group's time zone, e.g. "Tue 1 Dec 15:00 GMT". */
  display: string;
  open: boolean;
  /** The viewer is an approver or a change manager, has not objected yet, and the window is open. */
  canObject: boolean;
  objections: { by: string; at: string; reason: string }[];
}

/** Break-glass, retrospective approval and post-implementation review of an emergency CR. */
export interface EmergencyView {
  /** The viewer raised this emergency CR and it is still waiting for the emergency approvers. */
  canImplementNow: boolean;
  breakGlass: {
    by: string;
    at: string;
    reason: string;
    retrospectiveDeadline: string;
    escalatedAt: string | null;
    record: string;
    /** The break-glass record as its formatted comment, when at hand. */
    recordDocument?: DecisionRecordDocument | null;
  } | null;
  postImplementationReview: { issueKey: string } | null;
  /** Why the change type was forced to emergency, when it was. */
  changeTypeOverride: string | null;
}

/** Choices the CAB field experiences and answer forms offer, from the policy. */
export interface CabFieldOptionsView {
  systems: { key: string; name: string; criticality: string }[];
  changeTypes: { value: 'standard' | 'normal' | 'emergency'; label: string; description: string }[];
  risks: { value: 'low' | 'medium' | 'high' | 'critical'; label: string }[];
  defaultTimeZone: string;
  timeZones: string[];
  /** True on an emergency change request type (policy): the change type is fixed to emergency. */
  emergency: boolean;
}

export interface PolicyView {
  /** Validated by the server's policy schema whenever it is read, so it is always a whole document. */
  policy: PolicyDocument;
  yaml: string;
  revision: number;
  updatedAt: string | null;
  /** Account id of who saved it last. */
  updatedBy: string | null;
  /** Their display name, when Jira knows them; null when nobody saved yet or the account is gone. */
  updatedByName?: string | null;
  /** Names of the people the policy maps GitHub logins to (and of who saved it), by account id. */
  peopleNames?: Readonly<Record<string, string>>;
  /** A Jira admin or a member of one of the policy's editor groups (`policyEditors`). */
  canEdit: boolean;
  /** Why the viewer cannot edit, when canEdit is false. */
  readOnlyReason: string | null;
  /** Only Jira admins may change who the policy editors are (src/app/policy-editors.ts). */
  canChangeEditors: boolean;
}

export interface RoutingPreviewView {
  status: 'routed' | 'needs-attention';
  groups: {
    groupId: string;
    name: string;
    approvalsNeeded: number;
    deadline: string;
    deadlineDisplay: string;
    addedBy: string[];
    /** The same rules in words, with the policy's names: "Payments API (system)". */
    addedByText?: string[];
  }[];
  deadline: string;
  clock: string;
  silenceIsConsent: string | null;
  /** `ruleText` is the rule in words ("Normal change", "Payments API (system)"). */
  reasons: { rule: string; ruleText?: string; outcome: string }[];
  problems: { code: string; message: string }[];
}

/** The site's request types, for the admin page's "Request types" tab. */
export interface RequestTypesView {
  serviceDesks: {
    id: string;
    projectKey: string;
    projectName: string;
    requestTypes: { id: string; name: string; description: string }[];
  }[];
}

export interface SetupCheckView {
  checks: { key: string; ok: boolean; title: string; message: string; fix: string | null }[];
  ready: boolean;
}

export interface ChatSettingsView {
  configured: boolean;
  kind: 'slack' | 'teams' | null;
}

export interface JiraGroupView {
  groupId: string;
  name: string;
}

export interface ValidationView {
  valid: boolean;
  fieldErrors: FieldError[];
}

/** The CAB answers in the request forms' shape (the portal's completion form starts from these). */
export interface ChangeRequestAnswersView {
  affectedSystems: string[];
  changeType: 'standard' | 'normal' | 'emergency';
  risk: 'low' | 'medium' | 'high' | 'critical';
  plannedWindow: { start: string; end: string; timeZone: string };
  testing: { tested: true; evidenceUrl: string } | { tested: false; reason: string };
  consequenceOfNotReleasing: string;
  rollbackPlan: string;
}

/**
 * A change request's CAB answers as the portal request view's "complete your answers" form needs them:
 * what is answered, what is missing or invalid and why, and whether the viewer may answer.
 */
export interface AnswersView {
  issueKey: string;
  /**
   * `draft`: raised from a pull request, sent to approvers when its requester submits it;
   * `waiting-for-answers`: routed by itself as soon as the answers are complete;
   * `complete`: the answers are in and the CR is (being) routed; `not-a-change-request`: another request type.
   */
  state: 'draft' | 'waiting-for-answers' | 'complete' | 'not-a-change-request';
  /** The requester answers; everyone else sees what is missing. */
  isRequester: boolean;
  summary: string;
  answers: Partial<ChangeRequestAnswersView>;
  problems: AnswerProblemView[];
  pullRequest: { url: string; label: string } | null;
  /** True on an emergency change request type: the change type is fixed to emergency. */
  emergency: boolean;
}

export interface SubmitAnswersView {
  issueKey: string;
  outcome: 'routed' | 'needs-attention' | 'already-routed' | 'busy';
  message: string;
}

export interface GitHubDeliveryView {
  deliveryId: string;
  event: string;
  action: string | null;
  target: string | null;
  receivedAt: string;
  outcome: 'queued' | 'done' | 'ignored' | 'duplicate' | 'failed' | 'given-up';
  reason: string;
  issueKey: string | null;
}

export interface GitHubSettingsView {
  /** Paste into GitHub: Settings -> Webhooks -> Payload URL. */
  webhookUrl: string | null;
  secretConfigured: boolean;
  /** True after a rotation: deliveries signed with the previous secret still verify. */
  previousSecretActive: boolean;
  secretRotatedAt: string | null;
  tokenConfigured: boolean;
  deliveries: GitHubDeliveryView[];
  /** Only in the answer to a rotation: shown once, to paste into GitHub. */
  newSecret: string | null;
}
