import { calendarProblems } from './calendar-problems';
import { parseClockTime } from './clock-time';
import { dateKeyOf, instantAt, isoWeekdayOf, type DayNumber } from './local-date';
import type { IsoWeekday, WorkingCalendar } from './working-calendar';

/**
 * How far the clock looks for the next working day before giving up. Holidays are a finite list, so only a
 * calendar whose holidays cover every working day for a long stretch can hit this; three years is far beyond
 * any response-time agreement (docs/architecture.md, flow 6) and keeps every call bounded.
 */
export const MAX_DAYS_WITHOUT_WORK = 3 * 366;

/** A validated calendar in the shape the clock walks: sets for lookup, minutes after local midnight. */
export interface CompiledCalendar {
  readonly timeZone: string;
  readonly workingDays: ReadonlySet<IsoWeekday>;
  readonly startMinute: number;
  readonly endMinute: number;
  readonly holidays: ReadonlySet<string>;
}

/** An interval [start, end) of working time, in epoch milliseconds. */
export interface WorkingInterval {
  readonly start: number;
  readonly end: number;
}

/** Validates and compiles; an invalid calendar is a programming error here (callers validate policy first). */
export function compileCalendar(calendar: WorkingCalendar): CompiledCalendar {
  const problems = calendarProblems(calendar);
  const startMinute = parseClockTime(calendar.dayStart, false);
  const endMinute = parseClockTime(calendar.dayEnd, true);
  if (problems.length > 0 || startMinute === undefined || endMinute === undefined) {
    throw new RangeError(`Invalid working calendar: ${problems.join(' ')}`);
  }
  return {
    timeZone: calendar.timeZone,
    workingDays: new Set(calendar.workingDays),
    startMinute,
    endMinute,
    holidays: new Set(calendar.holidays),
  };
}

/** The working interval of a local date, or undefined on a weekend, a holiday or a day a DST change erased. */
export function workingIntervalOn(day: DayNumber, calendar: CompiledCalendar): WorkingInterval | undefined {
  if (!calendar.workingDays.has(isoWeekdayOf(day)) || calendar.holidays.has(dateKeyOf(day))) return undefined;
  const start = instantAt(day, calendar.startMinute, calendar.timeZone);
  const end = instantAt(day, calendar.endMinute, calendar.timeZone);
  // A short window inside a spring-forward gap can collapse to nothing; that day simply has no working time.
  return end > start ? { start, end } : undefined;
}

export function noWorkingTimeError(calendar: CompiledCalendar): RangeError {
  return new RangeError(
    `Working calendar in ${calendar.timeZone} has no working time within ${MAX_DAYS_WITHOUT_WORK} days ` +
      '(every working day is a holiday); no deadline can be computed.',
  );
}
