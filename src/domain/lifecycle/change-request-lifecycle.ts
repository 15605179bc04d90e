/**
 * The change request's life as one state machine (docs/architecture.md, "The lifecycle"). Every way a CR
 * moves is a transition: it takes the state, what happened and `now`, and answers the new state with the
 * effects the app must perform, in order, or a refusal as a value. The rules live here once, for every
 * caller: a decided CR never changes its decision, every decision clears the overdue flag, nothing is
 * reminded or escalated after a decision, a review closes only an implemented change, and only once.
 */

export type Phase =
  /** Drafted from a pull request; waits for its requester to complete and submit it. */
  | 'drafted'
  | 'waiting-for-answers'
  | 'needs-attention'
  | 'awaiting-approval'
  /** Break-glass: implemented while the ECAB's answers are still collected. */
  | 'implemented-before-approval'
  | 'approved'
  | 'declined';

/** Who decided: JSM's approvers (the panel or JSM's own buttons), silence as consent, or the ECAB afterwards. */
export type DecidedBy = 'approvers' | 'silence' | 'retrospective';

export interface Decision {
  outcome: 'approved' | 'declined';
  by: DecidedBy;
  at: string;
}

export interface LifecycleState {
  phase: Phase;
  decision: Decision | null;
  /** A pending group's clock ran out and the escalation group was told; cleared by the decision. */
  overdue: boolean;
  /** Commits arrived after the approval: it no longer covers the code. */
  stale: boolean;
  /** Reached Approved or Implementing by a path neither JSM's approval nor the app took. */
  unexplained: boolean;
  /** The post-implementation review was created: the change is closed. */
  reviewed: boolean;
}

export type LifecycleEvent =
  /** A drafted CR's requester submitted it (or a change manager handed it to a requester who did). */
  | { kind: 'hand-over-draft' }
  | { kind: 'answers-incomplete' }
  | { kind: 'routing-blocked' }
  | { kind: 'routed' }
  /** A change manager routes a needs-attention CR again once its problem is fixed. */
  | { kind: 'route-again' }
  /** An approver answered (the panel, or the ECAB after break-glass). */
  | { kind: 'record-answer' }
  | { kind: 'remind' }
  | { kind: 'escalate' }
  | { kind: 'break-glass' }
  | { kind: 'decide'; outcome: 'approved' | 'declined'; by: DecidedBy }
  | { kind: 'new-commits' }
  | { kind: 'unexplained-move' }
  | { kind: 'close-with-review'; emergency: boolean };

/** What the app does because of a transition, in this order. */
export type Effect =
  | 'write-fields'
  | 'tell-requester-what-is-missing'
  | 'comment-routing-problem'
  | 'write-routing'
  | 'notify-approvers'
  | 'keep-answer'
  | 'send-reminders'
  | 'tell-escalation-group'
  | 'set-overdue-flag'
  | 'transition-issue'
  | 'publish-decision-record'
  | 'clear-overdue-flag'
  | 'set-commit-status'
  | 'post-to-channel'
  /** The requester hears the outcome: decided, or an approval that went stale. */
  | 'tell-requester-outcome'
  | 'comment-stale-approval'
  | 'flag-unexplained-approval'
  | 'create-review';

export type RefusalCode =
  | 'already-decided'
  | 'already-routed'
  | 'not-drafted'
  | 'not-awaiting-approval'
  | 'not-break-glass'
  | 'not-needs-attention'
  | 'not-approved'
  | 'already-escalated'
  | 'already-flagged'
  | 'not-implemented'
  | 'already-reviewed'
  | 'silence-cannot-decline';

export interface Refusal {
  code: RefusalCode;
  message: string;
}

export type TransitionResult =
  { ok: true; state: LifecycleState; effects: Effect[] } | { ok: false; refusal: Refusal };

const refuse = (code: RefusalCode, message: string): TransitionResult => ({
  ok: false,
  refusal: { code, message },
});
const move = (state: LifecycleState, effects: Effect[]): TransitionResult => ({ ok: true, state, effects });

/** A request of a change request type before its answers are reviewed. */
export const NOT_ROUTED: LifecycleState = {
  phase: 'waiting-for-answers',
  decision: null,
  overdue: false,
  stale: false,
  unexplained: false,
  reviewed: false,
};

/** A CR drafted from a pull request. */
export const DRAFTED: LifecycleState = { ...NOT_ROUTED, phase: 'drafted' };

/** Still collecting its CAB answers or held for a change manager: routing may run. */
const isRoutable = (state: LifecycleState) =>
  state.decision === null && (state.phase === 'waiting-for-answers' || state.phase === 'needs-attention');

/** Waiting for its approvers: answers, reminders and escalation apply. */
const isAwaiting = (state: LifecycleState) => state.decision === null && state.phase === 'awaiting-approval';

export function transition(state: LifecycleState, event: LifecycleEvent, now: Date): TransitionResult {
  switch (event.kind) {
    case 'hand-over-draft':
      if (state.phase !== 'drafted') return refuse('not-drafted', 'It was submitted already.');
      return move({ ...state, phase: 'waiting-for-answers' }, ['write-fields']);
    case 'answers-incomplete':
      if (!isRoutable(state)) return routedAlready(state);
      return move({ ...state, phase: 'waiting-for-answers' }, ['tell-requester-what-is-missing']);
    case 'routing-blocked':
      if (!isRoutable(state)) return routedAlready(state);
      return move({ ...state, phase: 'needs-attention' }, ['comment-routing-problem']);
    case 'routed':
      if (!isRoutable(state)) return routedAlready(state);
      return move({ ...state, phase: 'awaiting-approval' }, [
        'write-routing',
        'notify-approvers',
        'set-commit-status',
        'post-to-channel',
      ]);
    case 'route-again':
      if (state.phase !== 'needs-attention' || state.decision !== null)
        return refuse(
          'not-needs-attention',
          'Only a change request that needs attention can be routed again.',
        );
      return move({ ...state, phase: 'waiting-for-answers' }, []);
    case 'record-answer':
      if (state.decision !== null) return decidedAlready(state);
      if (state.phase !== 'awaiting-approval' && state.phase !== 'implemented-before-approval')
        return refuse('not-awaiting-approval', 'It is not waiting for its approvers.');
      return move(state, ['keep-answer']);
    case 'remind':
      if (state.decision !== null) return decidedAlready(state);
      if (!isAwaiting(state)) return refuse('not-awaiting-approval', 'It is not waiting for its approvers.');
      return move(state, ['send-reminders']);
    case 'escalate':
      if (state.decision !== null) return decidedAlready(state);
      if (!isAwaiting(state)) return refuse('not-awaiting-approval', 'It is not waiting for its approvers.');
      if (state.overdue) return refuse('already-escalated', 'It was escalated already.');
      return move({ ...state, overdue: true }, ['tell-escalation-group', 'set-overdue-flag']);
    case 'break-glass':
      if (state.decision !== null) return decidedAlready(state);
      if (!isAwaiting(state))
        return refuse(
          'not-awaiting-approval',
          'Only a change waiting for its approvers can be implemented now.',
        );
      return move({ ...state, phase: 'implemented-before-approval' }, [
        'transition-issue',
        'publish-decision-record',
        'post-to-channel',
      ]);
    case 'decide':
      return decide(state, event, now);
    case 'new-commits':
      if (state.phase !== 'approved' || state.stale)
        return refuse('not-approved', 'Only an approval that is not stale already can go stale.');
      return move({ ...state, stale: true }, [
        'comment-stale-approval',
        'set-commit-status',
        'tell-requester-outcome',
      ]);
    case 'unexplained-move':
      if (!isAwaiting(state)) return refuse('not-awaiting-approval', 'Its approval is decided already.');
      if (state.unexplained) return refuse('already-flagged', 'It was flagged already.');
      return move({ ...state, unexplained: true }, ['flag-unexplained-approval', 'set-commit-status']);
    case 'close-with-review':
      if (state.reviewed) return refuse('already-reviewed', 'Its review was created already.');
      if (!event.emergency)
        return refuse('not-implemented', 'Only an emergency change gets a post-implementation review.');
      if (state.phase === 'drafted') return refuse('not-implemented', 'A draft was not implemented.');
      return move({ ...state, reviewed: true }, ['create-review']);
  }
}

function decide(
  state: LifecycleState,
  event: Extract<LifecycleEvent, { kind: 'decide' }>,
  now: Date,
): TransitionResult {
  if (state.decision !== null) return decidedAlready(state);
  if (event.by === 'retrospective') {
    if (state.phase !== 'implemented-before-approval')
      return refuse('not-break-glass', 'Only a change implemented before approval is approved afterwards.');
  } else if (state.phase !== 'awaiting-approval') {
    return refuse('not-awaiting-approval', 'It is not waiting for its approvers.');
  }
  if (event.by === 'silence' && event.outcome !== 'approved')
    return refuse('silence-cannot-decline', 'Silence can only approve.');
  const decision: Decision = { outcome: event.outcome, by: event.by, at: now.toISOString() };
  // Silence moves the issue itself; JSM moves it for its approvers; after break-glass it is implemented already.
  const effects: Effect[] = [
    ...(event.by === 'silence' ? (['transition-issue'] as const) : []),
    'publish-decision-record',
    ...(state.overdue ? (['clear-overdue-flag'] as const) : []),
    'set-commit-status',
    'post-to-channel',
    'tell-requester-outcome',
  ];
  return move({ ...state, phase: event.outcome, decision, overdue: false }, effects);
}

function decidedAlready(state: LifecycleState): TransitionResult {
  const outcome = state.decision?.outcome ?? 'decided';
  return refuse('already-decided', `It was ${outcome} already; a decision never changes.`);
}

function routedAlready(state: LifecycleState): TransitionResult {
  return state.decision === null
    ? refuse('already-routed', 'It has been routed already.')
    : decidedAlready(state);
}
