import fc from 'fast-check';
import { demoPolicy } from '../../../../src/domain/policy';
import { routeChangeRequest } from '../../../../src/domain/routing';
import { arbChangeRequest, arbNow, defaultSystemKeys } from '../../../factories/change-request-arbitraries';

const arbCase = arbNow.chain((now) => arbChangeRequest(now).map((cr) => ({ now, cr })));

describe('routeChangeRequest properties over the default policy', () => {
  it('given any CR, when routed, then no deadline or reminder is before submission and reminders precede deadlines', () => {
    fc.assert(
      fc.property(arbCase, ({ now, cr }) => {
        const result = routeChangeRequest(demoPolicy, cr, now);
        const at = now.getTime();
        expect(Date.parse(result.deadline)).toBeGreaterThanOrEqual(at);
        for (const group of result.groups) {
          expect(Date.parse(group.deadline)).toBeGreaterThanOrEqual(at);
          expect(Date.parse(group.deadline)).toBeLessThanOrEqual(Date.parse(result.deadline));
          for (const reminder of group.reminderTimes) {
            expect(Date.parse(reminder)).toBeGreaterThan(at);
            expect(Date.parse(reminder)).toBeLessThan(Date.parse(group.deadline));
          }
        }
      }),
    );
  });

  it('given any CR on known systems, when routed, then it is routed with at least one group and no problems', () => {
    fc.assert(
      fc.property(arbCase, ({ now, cr }) => {
        const result = routeChangeRequest(demoPolicy, cr, now);
        expect(result.status).toBe('routed');
        expect(result.problems).toEqual([]);
        expect(result.groups.length).toBeGreaterThan(0);
      }),
    );
  });

  it('given any CR, when one more system is affected, then no group is removed', () => {
    // The systems the CR does not name yet; undefined only when it already names all of them.
    const arbWithExtra = arbCase.chain(({ now, cr }) =>
      fc.nat().map((index) => {
        const others = defaultSystemKeys.filter((key) => !cr.affectedSystems.includes(key));
        return { now, cr, extra: others[index % Math.max(others.length, 1)] };
      }),
    );
    fc.assert(
      fc.property(arbWithExtra, ({ now, cr, extra }) => {
        if (extra === undefined) return;
        const before = routeChangeRequest(demoPolicy, cr, now);
        const after = routeChangeRequest(
          demoPolicy,
          { ...cr, affectedSystems: [...cr.affectedSystems, extra] },
          now,
        );
        const afterIds = new Set(after.groups.map((group) => group.groupId));
        expect(before.groups.map((group) => group.groupId).filter((id) => !afterIds.has(id))).toEqual([]);
      }),
    );
  });

  it('given the same inputs, when routed twice, then the results are deep-equal', () => {
    fc.assert(
      fc.property(arbCase, ({ now, cr }) => {
        expect(routeChangeRequest(demoPolicy, cr, new Date(now))).toEqual(
          routeChangeRequest(demoPolicy, structuredClone(cr), new Date(now)),
        );
      }),
    );
  });

  it('given any CR, when routed, then emergencies and only emergencies get a wall clock and a retrospective', () => {
    fc.assert(
      fc.property(arbCase, ({ now, cr }) => {
        const result = routeChangeRequest(demoPolicy, cr, now);
        const emergency = cr.changeType === 'emergency';
        expect(result.clock.kind === 'wallClock').toBe(emergency);
        expect(result.retrospective !== null).toBe(emergency);
        if (emergency) expect(result.silenceIsConsent).toBeNull();
      }),
    );
  });
});
