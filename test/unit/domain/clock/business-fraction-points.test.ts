import { addBusinessMinutes, businessFractionPoints } from '../../../../src/domain/clock';
import { at, makeCalendar } from './calendar-factory';

describe('businessFractionPoints', () => {
  it('given a 4 h window from Friday 16:00 London, then half-way and the deadline fall on Monday', () => {
    const points = businessFractionPoints(at('2026-11-20T16:00:00Z'), 240, [0, 0.5, 0.75, 1], makeCalendar());
    expect(points.map((point) => point.toISOString())).toEqual([
      '2026-11-20T16:00:00.000Z',
      '2026-11-23T10:00:00.000Z',
      '2026-11-23T11:00:00.000Z',
      '2026-11-23T12:00:00.000Z',
    ]);
  });

  it('given fraction 1, then it is the deadline from addBusinessMinutes', () => {
    const calendar = makeCalendar({ timeZone: 'Australia/Sydney' });
    const start = at('2026-04-02T15:10:00+11:00');
    const [deadline] = businessFractionPoints(start, 777, [1], calendar);
    expect(deadline).toEqual(addBusinessMinutes(start, 777, calendar));
  });

  it('given a start outside working time, then fraction 0 is the next working instant', () => {
    const [opening] = businessFractionPoints(at('2026-11-21T12:00:00Z'), 60, [0], makeCalendar());
    expect(opening?.toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });

  it('given fractions out of order, then the points keep the order of the fractions', () => {
    const points = businessFractionPoints(at('2026-11-18T09:00:00Z'), 100, [0.9, 0.1], makeCalendar());
    expect(points.map((point) => point.toISOString())).toEqual([
      '2026-11-18T10:30:00.000Z',
      '2026-11-18T09:10:00.000Z',
    ]);
  });

  it.each([-0.1, 1.5, Number.NaN])('given fraction %p, then it throws a RangeError', (fraction) => {
    expect(() => businessFractionPoints(at('2026-11-18T09:00:00Z'), 60, [fraction], makeCalendar())).toThrow(
      RangeError,
    );
  });
});
