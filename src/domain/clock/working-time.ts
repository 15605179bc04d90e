import { advanceBusinessTime } from './advance-business-time';
import { instantMs } from './clock-arguments';
import { compileCalendar, workingIntervalOn } from './compiled-calendar';
import { localDayNumberOf } from './local-date';
import type { WorkingCalendar } from './working-calendar';

/** True when `at` lies in working time: [dayStart, dayEnd) local time on a working day that is no holiday. */
export function isWorkingTime(at: Date, calendar: WorkingCalendar): boolean {
  const atMs = instantMs(at, 'at');
  const compiled = compileCalendar(calendar);
  const interval = workingIntervalOn(localDayNumberOf(atMs, compiled.timeZone), compiled);
  return interval !== undefined && interval.start <= atMs && atMs < interval.end;
}

/**
 * `at` itself when inside working time, else the start of the next working interval (e.g. for "the clock
 * starts Monday 09:00" on a panel).
 *
 * @throws RangeError for an invalid calendar or one with no working day in three years.
 */
export function nextWorkingInstant(at: Date, calendar: WorkingCalendar): Date {
  return new Date(advanceBusinessTime(instantMs(at, 'at'), 0, compileCalendar(calendar)));
}
