import {
  MAX_DAYS_WITHOUT_WORK,
  noWorkingTimeError,
  workingIntervalOn,
  type CompiledCalendar,
} from './compiled-calendar';
import { localDayNumberOf } from './local-date';

/**
 * The instant `durationMs` of working time after `startMs`. Walks whole local days, so the cost is one step
 * per calendar day spanned, never per minute.
 *
 * A zero duration yields the next working instant (start itself when inside working time), so a window
 * always opens in working time. A positive duration yields the earliest instant at which that much working
 * time has elapsed, so a window that uses up a day exactly ends at dayEnd, not at the next morning.
 */
export function advanceBusinessTime(startMs: number, durationMs: number, calendar: CompiledCalendar): number {
  let remaining = durationMs;
  let cursor = startMs;
  let daysWithoutWork = 0;
  for (let day = localDayNumberOf(startMs, calendar.timeZone); ; day += 1) {
    const interval = workingIntervalOn(day, calendar);
    if (interval === undefined || Math.max(interval.start, cursor) >= interval.end) {
      daysWithoutWork += 1;
      if (daysWithoutWork > MAX_DAYS_WITHOUT_WORK) throw noWorkingTimeError(calendar);
      continue;
    }
    daysWithoutWork = 0;
    const from = Math.max(interval.start, cursor);
    const available = interval.end - from;
    if (remaining <= available) return from + remaining;
    remaining -= available;
    cursor = interval.end;
  }
}
