import { addBusinessMinutes, businessMinutesBetween } from '../../../../src/domain/clock';
import { at, makeAroundTheClockCalendar, makeCalendar } from './calendar-factory';

describe('addBusinessMinutes', () => {
  describe('weekends and working hours', () => {
    it('given a Friday 16:00 London submission, when a 4 h SLA is added, then it lands on Monday 12:00 London', () => {
      // 1 h on Friday (16:00–17:00) and 3 h on Monday (09:00–12:00).
      const deadline = addBusinessMinutes(at('2026-11-20T16:00:00Z'), 240, makeCalendar());
      expect(deadline.toISOString()).toBe('2026-11-23T12:00:00.000Z');
    });

    it('given a Friday 16:00 London submission, when a 3 h SLA is added, then it lands on Monday 11:00 London', () => {
      const deadline = addBusinessMinutes(at('2026-11-20T16:00:00Z'), 180, makeCalendar());
      expect(deadline.toISOString()).toBe('2026-11-23T11:00:00.000Z');
    });

    it('given the submission is stamped in New York time, when it is Friday 16:00 in London, then the deadline follows the London calendar', () => {
      const deadline = addBusinessMinutes(at('2026-11-20T11:00:00-05:00'), 240, makeCalendar());
      expect(deadline.toISOString()).toBe('2026-11-23T12:00:00.000Z');
    });

    it('given the same instant, when the calendar is New York, then the deadline follows the New York calendar', () => {
      // Friday 11:00 EST: 6 h left on Friday, so a 4 h SLA ends the same day at 15:00 EST.
      const calendar = makeCalendar({ timeZone: 'America/New_York' });
      const deadline = addBusinessMinutes(at('2026-11-20T11:00:00-05:00'), 240, calendar);
      expect(deadline.toISOString()).toBe(new Date('2026-11-20T15:00:00-05:00').toISOString());
    });

    it('given a start on Saturday, when minutes are added, then the clock starts Monday 09:00', () => {
      const deadline = addBusinessMinutes(at('2026-11-21T10:00:00Z'), 90, makeCalendar());
      expect(deadline.toISOString()).toBe('2026-11-23T10:30:00.000Z');
    });

    it('given a start before dayStart, when minutes are added, then the clock starts at dayStart the same day', () => {
      const deadline = addBusinessMinutes(at('2026-11-18T06:15:00Z'), 30, makeCalendar());
      expect(deadline.toISOString()).toBe('2026-11-18T09:30:00.000Z');
    });

    it('given a window that uses up the rest of the day exactly, then the deadline is dayEnd, not the next morning', () => {
      const deadline = addBusinessMinutes(at('2026-11-18T13:00:00Z'), 240, makeCalendar());
      expect(deadline.toISOString()).toBe('2026-11-18T17:00:00.000Z');
    });

    it('given 0 minutes outside working time, then the result is the next working instant', () => {
      const deadline = addBusinessMinutes(at('2026-11-18T17:00:00Z'), 0, makeCalendar());
      expect(deadline.toISOString()).toBe('2026-11-19T09:00:00.000Z');
    });

    it('given 0 minutes inside working time, then the result is the start itself', () => {
      const deadline = addBusinessMinutes(at('2026-11-18T10:11:12.345Z'), 0, makeCalendar());
      expect(deadline.toISOString()).toBe('2026-11-18T10:11:12.345Z');
    });

    it('given fractional minutes, then they are kept to the millisecond', () => {
      const deadline = addBusinessMinutes(at('2026-11-18T10:00:00Z'), 1.5, makeCalendar());
      expect(deadline.toISOString()).toBe('2026-11-18T10:01:30.000Z');
    });

    it('given a multi-week window, then whole weeks of five 8 h days are skipped', () => {
      // 3 weeks × 5 days × 480 min from Monday 09:00 ends the third Friday at 17:00.
      const deadline = addBusinessMinutes(at('2026-11-02T09:00:00Z'), 3 * 5 * 480, makeCalendar());
      expect(deadline.toISOString()).toBe('2026-11-20T17:00:00.000Z');
    });
  });

  describe('holidays', () => {
    it('given Christmas and Boxing Day as holidays, when a window crosses them, then those days are skipped', () => {
      const calendar = makeCalendar({ holidays: ['2026-12-25', '2026-12-28'] });
      // Thursday 24 Dec 16:00 + 2 h: 1 h on Thursday, Friday 25 holiday, weekend, Monday 28 substitute holiday.
      const deadline = addBusinessMinutes(at('2026-12-24T16:00:00Z'), 120, calendar);
      expect(deadline.toISOString()).toBe('2026-12-29T10:00:00.000Z');
    });

    it('given Easter holidays in Sydney, when a window crosses them, then the clock resumes on Tuesday', () => {
      const calendar = makeCalendar({ timeZone: 'Australia/Sydney', holidays: ['2026-04-03', '2026-04-06'] });
      // Thursday 2 Apr 16:00 AEDT; Sydney also leaves daylight saving that weekend (+11 → +10).
      const deadline = addBusinessMinutes(at('2026-04-02T16:00:00+11:00'), 120, calendar);
      expect(deadline.toISOString()).toBe(new Date('2026-04-07T10:00:00+10:00').toISOString());
    });

    it('given holidays on every working day for more than three years, then it throws a clear RangeError', () => {
      const mondays: string[] = [];
      for (let day = Date.UTC(2026, 0, 5); day < Date.UTC(2030, 0, 1); day += 7 * 86_400_000) {
        mondays.push(new Date(day).toISOString().slice(0, 10));
      }
      const calendar = makeCalendar({ workingDays: [1], holidays: mondays });
      expect(() => addBusinessMinutes(at('2026-01-01T00:00:00Z'), 60, calendar)).toThrow(
        /no working time within \d+ days/,
      );
    });

    it('given holidays on every working day for two years, then it still finds the first free day', () => {
      const mondays: string[] = [];
      for (let day = Date.UTC(2026, 0, 5); day < Date.UTC(2028, 0, 1); day += 7 * 86_400_000) {
        mondays.push(new Date(day).toISOString().slice(0, 10));
      }
      const calendar = makeCalendar({ timeZone: 'UTC', workingDays: [1], holidays: mondays });
      const deadline = addBusinessMinutes(at('2026-01-01T00:00:00Z'), 60, calendar);
      expect(deadline.toISOString()).toBe('2028-01-03T10:00:00.000Z');
    });
  });

  describe('daylight-saving changes', () => {
    it('London spring forward: Friday 16:00 GMT + 4 h lands Monday 12:00 BST', () => {
      const deadline = addBusinessMinutes(at('2026-03-27T16:00:00Z'), 240, makeCalendar());
      expect(deadline.toISOString()).toBe(new Date('2026-03-30T12:00:00+01:00').toISOString());
    });

    it('London fall back: Friday 12:00 BST + one working day lands Monday 12:00 GMT', () => {
      const deadline = addBusinessMinutes(at('2026-10-23T12:00:00+01:00'), 480, makeCalendar());
      expect(deadline.toISOString()).toBe('2026-10-26T12:00:00.000Z');
    });

    it('New York spring forward: Friday 15:00 EST + 8 h lands Monday 15:00 EDT', () => {
      const calendar = makeCalendar({ timeZone: 'America/New_York' });
      const deadline = addBusinessMinutes(at('2026-03-06T15:00:00-05:00'), 480, calendar);
      expect(deadline.toISOString()).toBe(new Date('2026-03-09T15:00:00-04:00').toISOString());
    });

    it('New York fall back: Friday 13:00 EDT + 8 h lands Monday 13:00 EST', () => {
      const calendar = makeCalendar({ timeZone: 'America/New_York' });
      const deadline = addBusinessMinutes(at('2026-10-30T13:00:00-04:00'), 480, calendar);
      expect(deadline.toISOString()).toBe(new Date('2026-11-02T13:00:00-05:00').toISOString());
    });

    it('Sydney (southern hemisphere) leaves daylight saving in April: Friday 16:00 AEDT + 2 h lands Monday 10:00 AEST', () => {
      const calendar = makeCalendar({ timeZone: 'Australia/Sydney' });
      const deadline = addBusinessMinutes(at('2026-04-03T16:00:00+11:00'), 120, calendar);
      expect(deadline.toISOString()).toBe(new Date('2026-04-06T10:00:00+10:00').toISOString());
    });

    it('Sydney enters daylight saving in October: Friday 16:00 AEST + 2 h lands Monday 10:00 AEDT', () => {
      const calendar = makeCalendar({ timeZone: 'Australia/Sydney' });
      const deadline = addBusinessMinutes(at('2026-10-02T16:00:00+10:00'), 120, calendar);
      expect(deadline.toISOString()).toBe(new Date('2026-10-05T10:00:00+11:00').toISOString());
    });

    it('Lord Howe (30-minute daylight saving): Friday 16:00 +10:30 + 2 h lands Monday 10:00 +11:00', () => {
      const calendar = makeCalendar({ timeZone: 'Australia/Lord_Howe' });
      const deadline = addBusinessMinutes(at('2026-10-02T16:00:00+10:30'), 120, calendar);
      expect(deadline.toISOString()).toBe(new Date('2026-10-05T10:00:00+11:00').toISOString());
    });

    it('given a round-the-clock calendar, when a day is added across spring forward, then 24 elapsed hours pass', () => {
      const calendar = makeAroundTheClockCalendar('America/New_York');
      const deadline = addBusinessMinutes(at('2026-03-08T00:00:00-05:00'), 24 * 60, calendar);
      // 24 elapsed hours after midnight EST is 01:00 EDT the next day: business time is real time.
      expect(deadline.toISOString()).toBe(new Date('2026-03-09T01:00:00-04:00').toISOString());
    });

    it('given working hours that fall in the skipped hour, then that day has no working time', () => {
      const calendar = makeCalendar({
        timeZone: 'America/New_York',
        workingDays: [1, 2, 3, 4, 5, 6, 7],
        dayStart: '02:00',
        dayEnd: '03:00',
      });
      // Saturday 02:30 EST: 30 min Saturday, none on Sunday 8 Mar (02:00–03:00 does not exist), 30 min Monday.
      const deadline = addBusinessMinutes(at('2026-03-07T02:30:00-05:00'), 60, calendar);
      expect(deadline.toISOString()).toBe(new Date('2026-03-09T02:30:00-04:00').toISOString());
    });
  });

  describe('other offsets', () => {
    it('Kolkata (+05:30) with a 09:30 start: Monday 17:30 + 1 h lands Tuesday 10:00 IST', () => {
      const calendar = makeCalendar({ timeZone: 'Asia/Kolkata', dayStart: '09:30', dayEnd: '18:00' });
      const deadline = addBusinessMinutes(at('2026-06-01T17:30:00+05:30'), 60, calendar);
      expect(deadline.toISOString()).toBe('2026-06-02T04:30:00.000Z');
    });
  });

  describe('efficiency', () => {
    it('given a 2 000-business-hour window, then it completes quickly by jumping whole days', () => {
      const calendar = makeCalendar({ holidays: ['2026-04-03', '2026-04-06'] });
      const start = at('2026-01-05T09:00:00Z');
      const begun = performance.now();
      const deadline = addBusinessMinutes(start, 2_000 * 60, calendar);
      const elapsedMs = performance.now() - begun;
      // 2 000 h = 250 days of 8 h, i.e. 50 weeks; the two Easter holidays push it two days, to Tuesday.
      expect(businessMinutesBetween(start, deadline, calendar)).toBe(120_000);
      expect(deadline.toISOString()).toBe('2026-12-22T17:00:00.000Z');
      expect(elapsedMs).toBeLessThan(1_000);
    });
  });

  describe('programming errors', () => {
    it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
      'given %p minutes, then it throws a RangeError',
      (minutes) => {
        expect(() => addBusinessMinutes(at('2026-11-18T10:00:00Z'), minutes, makeCalendar())).toThrow(
          RangeError,
        );
      },
    );

    it('given an invalid calendar, then it throws a RangeError naming the problem', () => {
      const calendar = makeCalendar({ timeZone: 'Mars/Olympus_Mons' });
      expect(() => addBusinessMinutes(at('2026-11-18T10:00:00Z'), 10, calendar)).toThrow(
        /Mars\/Olympus_Mons/,
      );
    });

    it('given an invalid Date, then it throws a RangeError', () => {
      expect(() => addBusinessMinutes(new Date(Number.NaN), 10, makeCalendar())).toThrow(RangeError);
    });
  });
});
