import fc from 'fast-check';
import { type ChangeRequest, type Testing } from '../../src/domain/change-request';
import { demoPolicy } from '../../src/domain/policy';
import { SEVERITY_LEVELS } from '../../src/domain/shared/severity-level';

export const defaultSystemKeys = demoPolicy.systems.map((system) => system.key);

/** Submission instants over two years, so weekends, holidays and daylight-saving changes all occur. */
export const arbNow = fc
  .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T23:59:00Z'), noInvalidDate: true })
  .map((date) => new Date(Math.floor(date.getTime() / 60_000) * 60_000));

export const arbAffectedSystems = fc.uniqueArray(fc.constantFrom(...defaultSystemKeys), {
  minLength: 1,
  maxLength: defaultSystemKeys.length,
});

/** Valid CRs over the default policy's systems; the window starts within 30 days of `now` and lasts ≤ 3 days. */
export function arbChangeRequest(now: Date): fc.Arbitrary<ChangeRequest> {
  return fc.record({
    summary: fc.constant('Generated change'),
    description: fc.constant(''),
    affectedSystems: arbAffectedSystems,
    changeType: fc.constantFrom('standard', 'normal', 'emergency'),
    risk: fc.constantFrom(...SEVERITY_LEVELS),
    plannedWindow: fc
      .record({
        offsetMinutes: fc.integer({ min: 0, max: 30 * 24 * 60 }),
        lengthMinutes: fc.integer({ min: 1, max: 3 * 24 * 60 }),
      })
      .map(({ offsetMinutes, lengthMinutes }) => {
        const start = new Date(now.getTime() + offsetMinutes * 60_000);
        return {
          start: start.toISOString(),
          end: new Date(start.getTime() + lengthMinutes * 60_000).toISOString(),
          timeZone: 'Europe/London',
        };
      }),
    testing: fc.constantFrom<Testing>(
      { tested: true, evidenceUrl: 'https://ci.acme.example/runs/1' },
      { tested: false, reason: 'No staging environment for this system.' },
    ),
    consequenceOfNotReleasing: fc.constant('The fix waits for the next window.'),
    rollbackPlan: fc.constant('Redeploy the previous release.'),
    requester: fc.constant({ accountId: '712020:5e0c1d2a-0000-4000-8000-000000000001' }),
  });
}
