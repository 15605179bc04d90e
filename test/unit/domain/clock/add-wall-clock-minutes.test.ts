import { addWallClockMinutes } from '../../../../src/domain/clock';
import { at } from './calendar-factory';

describe('addWallClockMinutes', () => {
  it('given a Saturday night emergency, when 30 minutes are added, then the deadline is 30 elapsed minutes later', () => {
    expect(addWallClockMinutes(at('2026-11-21T23:45:00Z'), 30).toISOString()).toBe(
      '2026-11-22T00:15:00.000Z',
    );
  });

  it('given the London spring-forward night, when 60 minutes are added, then one elapsed hour passes', () => {
    // 00:30 GMT + 60 min = 01:30 UTC, which London shows as 02:30 BST.
    expect(addWallClockMinutes(at('2026-03-29T00:30:00Z'), 60).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it.each([-1, Number.NaN, Number.NEGATIVE_INFINITY])(
    'given %p minutes, then it throws a RangeError',
    (minutes) => {
      expect(() => addWallClockMinutes(at('2026-11-21T23:45:00Z'), minutes)).toThrow(RangeError);
    },
  );
});
