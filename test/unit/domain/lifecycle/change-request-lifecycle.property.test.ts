import fc from 'fast-check';
import {
  DRAFTED,
  NOT_ROUTED,
  transition,
  type LifecycleEvent,
  type LifecycleState,
} from '../../../../src/domain/lifecycle';

const NOW = new Date('2026-12-01T10:00:00.000Z');

/** Routing and decisions weigh more, so most sequences get past routing into the states worth testing. */
const event: fc.Arbitrary<LifecycleEvent> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'hand-over-draft' } as const), weight: 2 },
  fc.constant({ kind: 'answers-incomplete' } as const),
  fc.constant({ kind: 'routing-blocked' } as const),
  { arbitrary: fc.constant({ kind: 'routed' } as const), weight: 4 },
  fc.constant({ kind: 'route-again' } as const),
  fc.constant({ kind: 'record-answer' } as const),
  fc.constant({ kind: 'remind' } as const),
  { arbitrary: fc.constant({ kind: 'escalate' } as const), weight: 2 },
  fc.constant({ kind: 'break-glass' } as const),
  fc.constant({ kind: 'new-commits' } as const),
  fc.constant({ kind: 'unexplained-move' } as const),
  fc.record({ kind: fc.constant('close-with-review' as const), emergency: fc.boolean() }),
  {
    arbitrary: fc.record({
      kind: fc.constant('decide' as const),
      outcome: fc.constantFrom('approved' as const, 'declined' as const),
      by: fc.constantFrom('approvers' as const, 'silence' as const, 'retrospective' as const),
    }),
    weight: 4,
  },
);

interface Step {
  before: LifecycleState;
  event: LifecycleEvent;
  result: ReturnType<typeof transition>;
}

/** Runs the events from a start state; refused events leave the state as it was. */
function run(start: LifecycleState, events: LifecycleEvent[]): Step[] {
  const steps: Step[] = [];
  let state = start;
  for (const next of events) {
    const result = transition(state, next, NOW);
    steps.push({ before: state, event: next, result });
    if (result.ok) state = result.state;
  }
  return steps;
}

const start = fc.constantFrom(NOT_ROUTED, DRAFTED);
const events = fc.array(event, { minLength: 5, maxLength: 40 });

describe('the change request lifecycle, over random sequences of events', () => {
  it('reaches decisions, escalations and second decisions often enough to test them', () => {
    const steps = fc
      .sample(fc.tuple(start, events), 200)
      .flatMap(([first, sequence]) => run(first, sequence));
    const accepted = (kind: LifecycleEvent['kind']) =>
      steps.filter((step) => step.event.kind === kind && step.result.ok).length;
    expect(accepted('decide')).toBeGreaterThan(20);
    expect(accepted('escalate')).toBeGreaterThan(20);
    expect(
      steps.filter((step) => step.before.decision !== null && step.event.kind === 'decide').length,
    ).toBeGreaterThan(20);
  });

  it('never changes a decision once made', () => {
    fc.assert(
      fc.property(start, events, (first, sequence) => {
        for (const step of run(first, sequence)) {
          if (step.before.decision === null || !step.result.ok) continue;
          expect(step.result.state.decision).toEqual(step.before.decision);
          expect(step.result.state.phase).toBe(step.before.phase);
        }
      }),
    );
  });

  it('refuses every second decision with already-decided', () => {
    fc.assert(
      fc.property(start, events, (first, sequence) => {
        for (const step of run(first, sequence)) {
          if (step.before.decision === null || step.event.kind !== 'decide') continue;
          expect(step.result).toMatchObject({ ok: false, refusal: { code: 'already-decided' } });
        }
      }),
    );
  });

  it('clears the overdue flag on every decision path, and asks for the indexed flag to be cleared', () => {
    fc.assert(
      fc.property(start, events, (first, sequence) => {
        for (const step of run(first, sequence)) {
          if (step.event.kind !== 'decide' || !step.result.ok) continue;
          expect(step.result.state.overdue).toBe(false);
          expect(step.result.effects.includes('clear-overdue-flag')).toBe(step.before.overdue);
          expect(step.result.effects).toContain('publish-decision-record');
        }
      }),
    );
  });

  it('sends no reminder and no escalation after a decision', () => {
    fc.assert(
      fc.property(start, events, (first, sequence) => {
        for (const step of run(first, sequence)) {
          if (step.before.decision === null) continue;
          if (step.event.kind !== 'remind' && step.event.kind !== 'escalate') continue;
          expect(step.result.ok).toBe(false);
        }
      }),
    );
  });

  it('never leaves a decided change request overdue', () => {
    fc.assert(
      fc.property(start, events, (first, sequence) => {
        for (const step of run(first, sequence)) {
          if (step.result.ok && step.result.state.decision !== null)
            expect(step.result.state.overdue).toBe(false);
        }
      }),
    );
  });

  it('escalates a change request once, and creates its review once', () => {
    fc.assert(
      fc.property(start, events, (first, sequence) => {
        const steps = run(first, sequence).filter((step) => step.result.ok);
        const effects = steps.flatMap((step) => (step.result.ok ? step.result.effects : []));
        expect(effects.filter((effect) => effect === 'tell-escalation-group').length).toBeLessThanOrEqual(
          steps.filter((step) => step.event.kind === 'routed').length,
        );
        expect(effects.filter((effect) => effect === 'create-review').length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('the change request lifecycle, case by case', () => {
  const awaiting = { ...NOT_ROUTED, phase: 'awaiting-approval' as const };

  it('takes a CR from routing to an approval, stamping the decision with now', () => {
    const routed = transition(NOT_ROUTED, { kind: 'routed' }, NOW);
    expect(routed).toMatchObject({ ok: true, state: { phase: 'awaiting-approval' } });
    const decided = transition(awaiting, { kind: 'decide', outcome: 'approved', by: 'approvers' }, NOW);
    expect(decided).toEqual({
      ok: true,
      state: {
        ...awaiting,
        phase: 'approved',
        decision: { outcome: 'approved', by: 'approvers', at: NOW.toISOString() },
      },
      effects: ['publish-decision-record', 'set-commit-status', 'post-to-channel', 'tell-requester-outcome'],
    });
  });

  it('lets silence approve but never decline, and moves the issue itself', () => {
    expect(transition(awaiting, { kind: 'decide', outcome: 'declined', by: 'silence' }, NOW)).toMatchObject({
      ok: false,
      refusal: { code: 'silence-cannot-decline' },
    });
    const overdue = { ...awaiting, overdue: true };
    expect(transition(overdue, { kind: 'decide', outcome: 'approved', by: 'silence' }, NOW)).toMatchObject({
      ok: true,
      effects: [
        'transition-issue',
        'publish-decision-record',
        'clear-overdue-flag',
        'set-commit-status',
        'post-to-channel',
        'tell-requester-outcome',
      ],
    });
  });

  it('decides a break-glass change only retrospectively', () => {
    const implemented = transition(awaiting, { kind: 'break-glass' }, NOW);
    if (!implemented.ok) throw new Error('break-glass was refused');
    expect(implemented.state.phase).toBe('implemented-before-approval');
    expect(
      transition(implemented.state, { kind: 'decide', outcome: 'approved', by: 'approvers' }, NOW),
    ).toMatchObject({ ok: false, refusal: { code: 'not-awaiting-approval' } });
    expect(
      transition(implemented.state, { kind: 'decide', outcome: 'approved', by: 'retrospective' }, NOW),
    ).toMatchObject({ ok: true, state: { phase: 'approved' } });
    expect(
      transition(awaiting, { kind: 'decide', outcome: 'approved', by: 'retrospective' }, NOW),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'not-break-glass' },
    });
  });

  it('routes a needs-attention CR again, and nothing else', () => {
    const blocked = transition(NOT_ROUTED, { kind: 'routing-blocked' }, NOW);
    if (!blocked.ok) throw new Error('routing-blocked was refused');
    expect(transition(blocked.state, { kind: 'route-again' }, NOW)).toMatchObject({
      ok: true,
      state: { phase: 'waiting-for-answers' },
    });
    expect(transition(awaiting, { kind: 'route-again' }, NOW)).toMatchObject({
      ok: false,
      refusal: { code: 'not-needs-attention' },
    });
  });

  it('marks only an approval stale, once', () => {
    const approved = {
      ...awaiting,
      phase: 'approved' as const,
      decision: { outcome: 'approved' as const, by: 'approvers' as const, at: NOW.toISOString() },
    };
    const stale = transition(approved, { kind: 'new-commits' }, NOW);
    expect(stale).toMatchObject({ ok: true, state: { stale: true } });
    if (!stale.ok) return;
    expect(transition(stale.state, { kind: 'new-commits' }, NOW).ok).toBe(false);
    expect(transition(awaiting, { kind: 'new-commits' }, NOW).ok).toBe(false);
  });

  it('hands over only a draft', () => {
    expect(transition(DRAFTED, { kind: 'hand-over-draft' }, NOW)).toMatchObject({
      ok: true,
      state: { phase: 'waiting-for-answers' },
      effects: ['write-fields'],
    });
    expect(transition(NOT_ROUTED, { kind: 'hand-over-draft' }, NOW)).toMatchObject({
      ok: false,
      refusal: { code: 'not-drafted' },
    });
  });
});
