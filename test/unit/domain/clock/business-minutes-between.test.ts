import { businessMinutesBetween } from '../../../../src/domain/clock';
import { at, makeAroundTheClockCalendar, makeCalendar } from './calendar-factory';

describe('businessMinutesBetween', () => {
  it('given Friday 16:00 to Monday 11:00 in London, then 3 working hours have passed', () => {
    expect(
      businessMinutesBetween(at('2026-11-20T16:00:00Z'), at('2026-11-23T11:00:00Z'), makeCalendar()),
    ).toBe(180);
  });

  it('given a span of a weekend only, then no working time has passed', () => {
    expect(
      businessMinutesBetween(at('2026-11-21T00:00:00Z'), at('2026-11-23T09:00:00Z'), makeCalendar()),
    ).toBe(0);
  });

  it('given a holiday inside the span, then it does not count', () => {
    const calendar = makeCalendar({ holidays: ['2026-11-18'] });
    expect(businessMinutesBetween(at('2026-11-17T09:00:00Z'), at('2026-11-19T17:00:00Z'), calendar)).toBe(
      960,
    );
  });

  it('given `to` before `from`, then it is 0', () => {
    expect(
      businessMinutesBetween(at('2026-11-18T12:00:00Z'), at('2026-11-18T10:00:00Z'), makeCalendar()),
    ).toBe(0);
  });

  it('given instants with seconds, then the result keeps the fraction of a minute', () => {
    expect(
      businessMinutesBetween(at('2026-11-18T10:00:00Z'), at('2026-11-18T10:00:30Z'), makeCalendar()),
    ).toBe(0.5);
  });

  it.each([
    ['Europe/London', '2026-03-30T09:00:00+01:00', '2026-03-30T17:00:00+01:00'],
    ['Europe/London', '2026-10-26T09:00:00Z', '2026-10-26T17:00:00Z'],
    ['America/New_York', '2026-03-09T09:00:00-04:00', '2026-03-09T17:00:00-04:00'],
    ['America/New_York', '2026-11-02T09:00:00-05:00', '2026-11-02T17:00:00-05:00'],
    ['Australia/Sydney', '2026-04-06T09:00:00+10:00', '2026-04-06T17:00:00+10:00'],
    ['Australia/Lord_Howe', '2026-10-05T09:00:00+11:00', '2026-10-05T17:00:00+11:00'],
    ['Asia/Kolkata', '2026-06-01T09:00:00+05:30', '2026-06-01T17:00:00+05:30'],
  ])(
    'in %s, a local 09:00–17:00 day right after a DST change still counts 480 minutes',
    (timeZone, from, to) => {
      const calendar = makeCalendar({ timeZone });
      expect(businessMinutesBetween(at(from), at(to), calendar)).toBe(480);
    },
  );

  it('given a week across the London spring-forward weekend, then it counts five 8 h days', () => {
    expect(
      businessMinutesBetween(at('2026-03-25T00:00:00Z'), at('2026-04-01T00:00:00+01:00'), makeCalendar()),
    ).toBe(5 * 480);
  });

  it('given a round-the-clock calendar, then the New York spring-forward Sunday has 23 hours', () => {
    const calendar = makeAroundTheClockCalendar('America/New_York');
    expect(
      businessMinutesBetween(at('2026-03-08T00:00:00-05:00'), at('2026-03-09T00:00:00-04:00'), calendar),
    ).toBe(23 * 60);
  });

  it('given a round-the-clock calendar, then the London fall-back Sunday has 25 hours', () => {
    const calendar = makeAroundTheClockCalendar('Europe/London');
    expect(
      businessMinutesBetween(at('2026-10-25T00:00:00+01:00'), at('2026-10-26T00:00:00Z'), calendar),
    ).toBe(25 * 60);
  });

  it('given a round-the-clock calendar, then the Lord Howe spring-forward Sunday has 23.5 hours', () => {
    const calendar = makeAroundTheClockCalendar('Australia/Lord_Howe');
    expect(
      businessMinutesBetween(at('2026-10-04T00:00:00+10:30'), at('2026-10-05T00:00:00+11:00'), calendar),
    ).toBe(23.5 * 60);
  });

  it('given working hours containing the repeated hour, then the New York fall-back night counts elapsed time', () => {
    // 01:00–02:00 local on 1 Nov 2026 runs from 01:00 EDT to 02:00 EST: two elapsed hours.
    const calendar = makeCalendar({
      timeZone: 'America/New_York',
      workingDays: [7],
      dayStart: '01:00',
      dayEnd: '02:00',
    });
    expect(
      businessMinutesBetween(at('2026-11-01T00:00:00-04:00'), at('2026-11-02T00:00:00-05:00'), calendar),
    ).toBe(120);
  });

  it('given an invalid calendar, then it throws a RangeError', () => {
    const calendar = makeCalendar({ workingDays: [] });
    expect(() =>
      businessMinutesBetween(at('2026-11-18T10:00:00Z'), at('2026-11-19T10:00:00Z'), calendar),
    ).toThrow(RangeError);
  });
});
