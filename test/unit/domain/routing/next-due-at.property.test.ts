import fc from 'fast-check';
import { demoPolicy } from '../../../../src/domain/policy';
import { routeChangeRequest } from '../../../../src/domain/routing';
import {
  nextDueAt,
  pendingDueMoments,
  type DueFacts,
  type HandledMoments,
} from '../../../../src/domain/routing/next-due-at';
import { arbChangeRequest, arbNow } from '../../../factories/change-request-arbitraries';

/** A routed CR (the default policy, so reminders, deadlines and silence all occur), as the ledger holds it. */
const arbFacts = arbNow.chain((now) =>
  fc.record({
    routedAt: fc.constant(now.getTime()),
    facts: fc.record({
      awaitingDecision: fc.constant(true),
      escalated: fc.boolean(),
      routing: arbChangeRequest(now).map((cr) => routeChangeRequest(demoPolicy, cr, now)),
    }),
  }),
);

/** Some of the CR's moments already handled, and a sweep instant within three weeks of routing. */
const arbCase = arbFacts.chain(({ routedAt, facts }) => {
  const keys = pendingDueMoments(facts, { handled: [] }).map((moment) => moment.key);
  return fc.record({
    facts: fc.constant<DueFacts>(facts),
    state: fc.subarray(keys).map((handled): HandledMoments => ({ handled })),
    extra: keys.length === 0 ? fc.constant(undefined) : fc.constantFrom(...keys),
    now: fc.integer({ min: routedAt, max: routedAt + 21 * 24 * 3_600_000 }),
  });
});

/** null is "never": later than any instant. */
const orNever = (at: number | null) => at ?? Number.POSITIVE_INFINITY;

/** What one sweep at `now` leaves behind: every moment at or before `now` handled. */
const sweptAt = (facts: DueFacts, state: HandledMoments, now: number): HandledMoments => ({
  handled: [
    ...state.handled,
    ...pendingDueMoments(facts, state)
      .filter((moment) => moment.at <= now)
      .map((moment) => moment.key),
  ],
});

describe('nextDueAt properties over routings of the default policy', () => {
  it('given any CR that is decided or no longer awaiting approval, then nothing is ever due', () => {
    fc.assert(
      fc.property(arbCase, ({ facts, state }) => {
        expect(nextDueAt({ ...facts, awaitingDecision: false }, state)).toBeNull();
        expect(pendingDueMoments({ ...facts, awaitingDecision: false }, state)).toEqual([]);
      }),
    );
  });

  it('given any CR, then the next due moment is the earliest of its reminders, deadlines and silence window not handled', () => {
    fc.assert(
      fc.property(arbCase, ({ facts, state }) => {
        const routing = facts.routing;
        if (routing === null) return;
        const handled = new Set(state.handled);
        const candidates = [
          ...routing.groups.flatMap((group) => [
            ...group.reminderTimes.map((at) => ({ key: `${group.groupId}@${at}`, at })),
            ...(facts.escalated
              ? []
              : [{ key: `deadline:${group.groupId}@${group.deadline}`, at: group.deadline }]),
          ]),
          ...(routing.silenceIsConsent === null
            ? []
            : [
                {
                  key: `silence@${routing.silenceIsConsent.objectionDeadline}`,
                  at: routing.silenceIsConsent.objectionDeadline,
                },
              ]),
        ]
          .filter((candidate) => !handled.has(candidate.key))
          .map((candidate) => Date.parse(candidate.at));
        expect(nextDueAt(facts, state)).toBe(candidates.length === 0 ? null : Math.min(...candidates));
      }),
    );
  });

  it('given any CR, when one more moment is handled, then the next due moment never comes earlier', () => {
    fc.assert(
      fc.property(arbCase, ({ facts, state, extra }) => {
        if (extra === undefined) return;
        const after = nextDueAt(facts, { handled: [...state.handled, extra] });
        expect(orNever(after)).toBeGreaterThanOrEqual(orNever(nextDueAt(facts, state)));
      }),
    );
  });

  it('given a sweep at any instant, then what is left is due after it, or never', () => {
    fc.assert(
      fc.property(arbCase, ({ facts, state, now }) => {
        expect(orNever(nextDueAt(facts, sweptAt(facts, state, now)))).toBeGreaterThan(now);
      }),
    );
  });

  it('given missed sweeps, then a moment that passed unhandled stays due: nothing later hides it', () => {
    fc.assert(
      fc.property(arbCase, ({ facts, state, now }) => {
        const missed = pendingDueMoments(facts, state).some((moment) => moment.at <= now);
        expect(orNever(nextDueAt(facts, state)) <= now).toBe(missed);
      }),
    );
  });

  it('given an escalated CR, then no deadline is due any more, and nothing comes earlier than before', () => {
    fc.assert(
      fc.property(arbCase, ({ facts, state }) => {
        const escalated = { ...facts, escalated: true };
        expect(pendingDueMoments(escalated, state).map((moment) => moment.kind)).not.toContain('deadline');
        expect(orNever(nextDueAt(escalated, state))).toBeGreaterThanOrEqual(
          orNever(nextDueAt({ ...facts, escalated: false }, state)),
        );
      }),
    );
  });
});
