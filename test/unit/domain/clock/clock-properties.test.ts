import fc from 'fast-check';

import {
  addBusinessMinutes,
  businessFractionPoints,
  businessMinutesBetween,
  isWorkingTime,
  nextWorkingInstant,
  type IsoWeekday,
  type WorkingCalendar,
} from '../../../../src/domain/clock';

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'UTC',
] as const;

const clockTime = (minuteOfDay: number): string =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

const isoWeekday = fc.constantFrom<IsoWeekday>(1, 2, 3, 4, 5, 6, 7);

// Valid calendars in zones with hour, half-hour and no DST shifts; hours may include the DST-change night.
// Days of at least an hour and windows up to ~167 h keep each run to a few hundred calendar days.
const calendarArbitrary: fc.Arbitrary<WorkingCalendar> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    workingDays: fc.uniqueArray(isoWeekday, { minLength: 1, maxLength: 7 }),
    startMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    length: fc.integer({ min: 60, max: 24 * 60 }),
    holidays: fc.array(
      fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
      {
        maxLength: 20,
      },
    ),
  })
  .map(({ timeZone, workingDays, startMinute, length, holidays }) => ({
    timeZone,
    workingDays,
    dayStart: clockTime(startMinute),
    dayEnd: clockTime(Math.min(startMinute + length, 24 * 60)),
    holidays: holidays.map((holiday) => holiday.toISOString().slice(0, 10)),
  }));

const instantArbitrary = fc.date({
  min: new Date('2026-01-01'),
  max: new Date('2027-12-31'),
  noInvalidDate: true,
});
const minutesArbitrary = fc.integer({ min: 0, max: 10_000 });

describe('business clock properties', () => {
  it('the deadline is never before the start', () => {
    fc.assert(
      fc.property(calendarArbitrary, instantArbitrary, minutesArbitrary, (calendar, start, minutes) => {
        expect(addBusinessMinutes(start, minutes, calendar).getTime()).toBeGreaterThanOrEqual(
          start.getTime(),
        );
      }),
    );
  });

  it('from a start in working time, the working minutes up to the deadline are exactly the minutes added', () => {
    fc.assert(
      fc.property(calendarArbitrary, instantArbitrary, minutesArbitrary, (calendar, raw, minutes) => {
        const start = nextWorkingInstant(raw, calendar);
        const deadline = addBusinessMinutes(start, minutes, calendar);
        expect(businessMinutesBetween(start, deadline, calendar)).toBe(minutes);
      }),
    );
  });

  it('the next working instant is in working time and not before the given instant', () => {
    fc.assert(
      fc.property(calendarArbitrary, instantArbitrary, (calendar, raw) => {
        const next = nextWorkingInstant(raw, calendar);
        expect(isWorkingTime(next, calendar)).toBe(true);
        expect(next.getTime()).toBeGreaterThanOrEqual(raw.getTime());
      }),
    );
  });

  it('more minutes never give an earlier deadline', () => {
    fc.assert(
      fc.property(
        calendarArbitrary,
        instantArbitrary,
        minutesArbitrary,
        minutesArbitrary,
        (calendar, start, first, second) => {
          const [fewer, more] = first <= second ? [first, second] : [second, first];
          expect(addBusinessMinutes(start, more, calendar).getTime()).toBeGreaterThanOrEqual(
            addBusinessMinutes(start, fewer, calendar).getTime(),
          );
        },
      ),
    );
  });

  it('working minutes are additive over adjacent spans', () => {
    fc.assert(
      fc.property(
        calendarArbitrary,
        fc.array(instantArbitrary, { minLength: 3, maxLength: 3 }),
        (calendar, dates) => {
          const [a, b, c] = [...dates].sort((x, y) => x.getTime() - y.getTime());
          if (a === undefined || b === undefined || c === undefined)
            throw new Error('three instants expected');
          expect(businessMinutesBetween(a, b, calendar) + businessMinutesBetween(b, c, calendar)).toBeCloseTo(
            businessMinutesBetween(a, c, calendar),
            6,
          );
        },
      ),
    );
  });

  it('fraction points of ascending fractions are ordered and lie within [start, deadline]', () => {
    fc.assert(
      fc.property(
        calendarArbitrary,
        instantArbitrary,
        minutesArbitrary,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (calendar, start, windowMinutes, fractions) => {
          const ascending = [...fractions].sort((x, y) => x - y);
          const points = businessFractionPoints(start, windowMinutes, ascending, calendar).map((p) =>
            p.getTime(),
          );
          const deadline = addBusinessMinutes(start, windowMinutes, calendar).getTime();
          points.forEach((point, index) => {
            expect(point).toBeGreaterThanOrEqual(start.getTime());
            expect(point).toBeLessThanOrEqual(deadline);
            expect(point).toBeGreaterThanOrEqual(points[index - 1] ?? start.getTime());
          });
        },
      ),
    );
  });

  it('the same inputs give the same deadline', () => {
    fc.assert(
      fc.property(calendarArbitrary, instantArbitrary, minutesArbitrary, (calendar, start, minutes) => {
        expect(addBusinessMinutes(start, minutes, calendar)).toEqual(
          addBusinessMinutes(start, minutes, calendar),
        );
      }),
    );
  });
});
