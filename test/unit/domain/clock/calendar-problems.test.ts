import { calendarProblems, isValidTimeZone } from '../../../../src/domain/clock';
import { makeCalendar } from './calendar-factory';

describe('calendarProblems', () => {
  it('given a valid calendar, then there are no problems', () => {
    expect(calendarProblems(makeCalendar({ holidays: ['2028-02-29'], dayEnd: '24:00' }))).toEqual([]);
  });

  it('given an unknown zone, then it names the zone', () => {
    expect(calendarProblems(makeCalendar({ timeZone: 'Europe/Londn' }))).toEqual([
      'Time zone "Europe/Londn" is not a known IANA time zone (e.g. "Europe/London").',
    ]);
  });

  it('given dayEnd not after dayStart, then it says so', () => {
    expect(calendarProblems(makeCalendar({ dayStart: '17:00', dayEnd: '09:00' }))).toEqual([
      'Day end 09:00 must be after day start 17:00.',
    ]);
  });

  it('given malformed times, then each is reported', () => {
    expect(calendarProblems(makeCalendar({ dayStart: '9:00', dayEnd: '25:00' }))).toEqual([
      'Day start "9:00" is not a time written as HH:mm (00:00–23:59).',
      'Day end "25:00" is not a time written as HH:mm (00:01–24:00).',
    ]);
  });

  it('given a 24:00 day start, then it is refused', () => {
    expect(calendarProblems(makeCalendar({ dayStart: '24:00', dayEnd: '24:00' }))).toHaveLength(1);
  });

  it('given no working days, then it says one is needed', () => {
    expect(calendarProblems(makeCalendar({ workingDays: [] }))).toEqual([
      'At least one working day is needed.',
    ]);
  });

  it('given malformed and impossible holidays, then each is named', () => {
    expect(calendarProblems(makeCalendar({ holidays: ['2026-12-25', '25/12/2026', '2027-02-29'] }))).toEqual([
      'Holiday "25/12/2026" is not a real date written as YYYY-MM-DD.',
      'Holiday "2027-02-29" is not a real date written as YYYY-MM-DD.',
    ]);
  });

  it('given several faults, then all are listed', () => {
    expect(calendarProblems(makeCalendar({ timeZone: '', workingDays: [], dayEnd: '08:00' }))).toHaveLength(
      3,
    );
  });
});

describe('isValidTimeZone', () => {
  it.each(['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'])(
    'accepts %s',
    (zone) => {
      expect(isValidTimeZone(zone)).toBe(true);
    },
  );

  it.each(['', 'Mars/Olympus_Mons', '+01:00', '-05:00', 'London'])('refuses %p', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});
