/**
 * The CHG workflow (docs/architecture.md, docs/platform-assumptions.md): Draft [-> Waiting for answers] -> Awaiting approval (JSM approval on Approver
 * groups, `numberPerPrincipal` 1) -> Approved | Declined; Approved -> Implementing -> Done; Cancelled from any
 * non-final status. Emergency change requests go through their own approval step.
 */
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface WorkflowStatus {
  id: string;
  name: string;
  description: string;
  category: StatusCategoryKey;
}

export interface ApprovalStep {
  statusId: string;
  /** The custom field the approvers come from (Approver groups). */
  fieldId: string;
  conditionType: 'numberPerPrincipal';
  conditionValue: number;
  /** Roles JSM leaves out of the approver list (docs/platform-assumptions.md "Roles to exclude"). */
  exclude: 'reporter'[];
  transitionApproved: string;
  transitionRejected: string;
}

export interface WorkflowTransition {
  id: string;
  name: string;
  from: string[] | 'any-open';
  to: string;
  /** Only for this request-type variant; the other variant does not see the transition. */
  variant?: 'normal' | 'emergency';
  /** Fired by JSM when an approval completes; never offered to people (they answer the approval instead). */
  approvalOutcome?: boolean;
  /**
   * Only the app may take it: the demo workflow restricts it with the `system:restrict-issue-transition`
   * condition to the project role the Forge app's user holds (OpenAPI `createWorkflows`, "Restrict issue
   * transition": the condition "evaluates as true" for the listed accounts, roles, groups or permissions).
   * That the app user is in a role such as atlassian-addons-project-access is *inferred*.
   */
  appOnly?: boolean;
}

/** The project role the demo site's app user holds; the restricting condition names it. */
export const APP_ROLE_ID = '10003';

export const APPROVER_GROUPS_FIELD_ID = 'customfield_10030';

export const STATUS = {
  draft: '10001',
  awaitingApproval: '10002',
  awaitingEmergencyApproval: '10003',
  approved: '10004',
  declined: '10005',
  implementing: '10006',
  done: '10007',
  cancelled: '10008',
  waitingForAnswers: '10009',
} as const;

export const WORKFLOW_NAME = 'CHG: Async CAB change workflow';
export const WORKFLOW_ID = 'b5d3c3f4-3c43-4d10-9a4e-6b2a8d0c1001';

export const STATUSES: WorkflowStatus[] = [
  { id: STATUS.draft, name: 'Draft', description: 'The change request is being written.', category: 'new' },
  {
    // The app holds a change request whose answers are incomplete here until the requester completes them.
    id: STATUS.waitingForAnswers,
    name: 'Waiting for answers',
    description: 'The requester still has CAB questions to answer.',
    category: 'new',
  },
  {
    id: STATUS.awaitingApproval,
    name: 'Awaiting approval',
    description: 'Approver groups decide asynchronously.',
    category: 'indeterminate',
  },
  {
    id: STATUS.awaitingEmergencyApproval,
    name: 'Awaiting emergency approval',
    description: 'The emergency CAB decides on a short clock.',
    category: 'indeterminate',
  },
  {
    id: STATUS.approved,
    name: 'Approved',
    description: 'Approved for implementation.',
    category: 'indeterminate',
  },
  { id: STATUS.declined, name: 'Declined', description: 'The change was declined.', category: 'done' },
  {
    id: STATUS.implementing,
    name: 'Implementing',
    description: 'The change is being made.',
    category: 'indeterminate',
  },
  { id: STATUS.done, name: 'Done', description: 'The change is complete.', category: 'done' },
  { id: STATUS.cancelled, name: 'Cancelled', description: 'The change was withdrawn.', category: 'done' },
];

export const TRANSITIONS: WorkflowTransition[] = [
  {
    id: '11',
    name: 'Request approval',
    from: [STATUS.draft, STATUS.waitingForAnswers],
    to: STATUS.awaitingApproval,
    variant: 'normal',
  },
  {
    id: '12',
    name: 'Request emergency approval',
    from: [STATUS.draft, STATUS.waitingForAnswers],
    to: STATUS.awaitingEmergencyApproval,
    variant: 'emergency',
  },
  { id: '13', name: 'Ask for answers', from: [STATUS.draft], to: STATUS.waitingForAnswers },
  { id: '21', name: 'Approve', from: [STATUS.awaitingApproval], to: STATUS.approved, approvalOutcome: true },
  { id: '31', name: 'Decline', from: [STATUS.awaitingApproval], to: STATUS.declined, approvalOutcome: true },
  {
    id: '22',
    name: 'Approve emergency',
    from: [STATUS.awaitingEmergencyApproval],
    to: STATUS.approved,
    approvalOutcome: true,
  },
  {
    id: '32',
    name: 'Decline emergency',
    from: [STATUS.awaitingEmergencyApproval],
    to: STATUS.declined,
    approvalOutcome: true,
  },
  // Silence as consent: JSM's approval can only be answered by an approver, so the app approves an
  // eligible CR nobody objected to by taking this transition itself (src/app/sweeps/approve-by-silence.ts).
  // A real workflow needs the same transition, with a condition that only the app may take it (README).
  {
    id: '23',
    name: 'Approve by silence',
    from: [STATUS.awaitingApproval],
    to: STATUS.approved,
    variant: 'normal',
    appOnly: true,
  },
  { id: '41', name: 'Start implementation', from: [STATUS.approved], to: STATUS.implementing },
  // Break-glass: the requester implements an emergency CR before the ECAB has answered; the app
  // fires it after recording a written reason (src/app/implement-now.ts). A real workflow needs the same
  // transition, ideally with a condition that only the app (or the requester) may take it.
  {
    id: '42',
    name: 'Implement now',
    from: [STATUS.awaitingEmergencyApproval],
    to: STATUS.implementing,
    variant: 'emergency',
    appOnly: true,
  },
  { id: '51', name: 'Complete', from: [STATUS.implementing], to: STATUS.done },
  { id: '61', name: 'Cancel', from: 'any-open', to: STATUS.cancelled },
];

export const APPROVAL_STEPS: ApprovalStep[] = [
  {
    statusId: STATUS.awaitingApproval,
    fieldId: APPROVER_GROUPS_FIELD_ID,
    conditionType: 'numberPerPrincipal',
    conditionValue: 1,
    exclude: ['reporter'],
    transitionApproved: '21',
    transitionRejected: '31',
  },
  {
    statusId: STATUS.awaitingEmergencyApproval,
    fieldId: APPROVER_GROUPS_FIELD_ID,
    conditionType: 'numberPerPrincipal',
    conditionValue: 1,
    exclude: ['reporter'],
    transitionApproved: '22',
    transitionRejected: '32',
  },
];

export const INITIAL_STATUS_ID = STATUS.draft;

export function statusById(id: string): WorkflowStatus | undefined {
  return STATUSES.find((status) => status.id === id);
}

export function statusByName(name: string): WorkflowStatus | undefined {
  return STATUSES.find((status) => status.name.toLowerCase() === name.toLowerCase());
}

export function approvalStepFor(statusId: string): ApprovalStep | undefined {
  return APPROVAL_STEPS.find((step) => step.statusId === statusId);
}

function leavesFrom(transition: WorkflowTransition, statusId: string): boolean {
  if (transition.from === 'any-open') return statusById(statusId)?.category !== 'done';
  return transition.from.includes(statusId);
}

/**
 * Transitions the caller may take from a status; approval outcomes are JSM's to fire, and app-only ones fail
 * their condition for anyone but the app, so Jira neither lists them nor lets them be taken ("Without the
 * Transition issues permission the list is empty", and a transition whose condition fails is not available).
 */
export function availableTransitions(
  statusId: string,
  variant: 'normal' | 'emergency',
  mayTakeAppOnly: boolean,
): WorkflowTransition[] {
  return TRANSITIONS.filter(
    (t) =>
      !t.approvalOutcome &&
      (t.appOnly !== true || mayTakeAppOnly) &&
      leavesFrom(t, statusId) &&
      (t.variant === undefined || t.variant === variant) &&
      t.to !== statusId,
  );
}

export function approvalOutcomeTransition(id: string, statusId: string): WorkflowTransition | undefined {
  return TRANSITIONS.find((t) => t.id === id && t.approvalOutcome === true && leavesFrom(t, statusId));
}
