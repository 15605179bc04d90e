import { isWorkingTime, nextWorkingInstant } from '../../../../src/domain/clock';
import { at, makeCalendar } from './calendar-factory';

describe('isWorkingTime', () => {
  it.each([
    ['2026-11-18T09:00:00Z', true],
    ['2026-11-18T16:59:59.999Z', true],
    ['2026-11-18T17:00:00Z', false],
    ['2026-11-18T08:59:59Z', false],
    ['2026-11-21T12:00:00Z', false],
  ])('given %s in London, then working time is %p', (iso, expected) => {
    expect(isWorkingTime(at(iso), makeCalendar())).toBe(expected);
  });

  it('given a holiday, then no instant of it is working time', () => {
    expect(isWorkingTime(at('2026-12-25T12:00:00Z'), makeCalendar({ holidays: ['2026-12-25'] }))).toBe(false);
  });

  it('given an instant that is Tuesday in Kolkata but Monday in UTC, then the Kolkata weekday decides', () => {
    // Monday 2026-06-01 22:00 UTC is Tuesday 03:30 IST; a Tuesday-only 03:00–04:00 calendar is at work.
    const calendar = makeCalendar({
      timeZone: 'Asia/Kolkata',
      workingDays: [2],
      dayStart: '03:00',
      dayEnd: '04:00',
    });
    expect(isWorkingTime(at('2026-06-01T22:00:00Z'), calendar)).toBe(true);
  });
});

describe('nextWorkingInstant', () => {
  it('given an instant inside working time, then it is that instant', () => {
    expect(nextWorkingInstant(at('2026-11-18T12:34:00Z'), makeCalendar()).toISOString()).toBe(
      '2026-11-18T12:34:00.000Z',
    );
  });

  it('given Friday evening in New York, then it is Monday 09:00 New York', () => {
    const calendar = makeCalendar({ timeZone: 'America/New_York' });
    expect(nextWorkingInstant(at('2026-11-20T18:00:00-05:00'), calendar).toISOString()).toBe(
      new Date('2026-11-23T09:00:00-05:00').toISOString(),
    );
  });
});
