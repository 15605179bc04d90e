import { advanceBusinessTime } from './advance-business-time';
import { instantMs, minutesToMs } from './clock-arguments';
import { compileCalendar } from './compiled-calendar';
import type { WorkingCalendar } from './working-calendar';

/**
 * The deadline `minutes` of working time after `start` (docs/architecture.md, flow 6: response-time clocks in business
 * hours). From a non-working instant the clock starts at the next working instant. Adding 0 minutes returns
 * that next working instant (or `start` when inside working time), so a zero-length window still opens in
 * working time. Fractions of a minute are kept to the millisecond.
 *
 * @throws RangeError for an invalid calendar, a negative or non-finite `minutes`, an invalid `start`, or a
 *   calendar with no working day in three years.
 */
export function addBusinessMinutes(start: Date, minutes: number, calendar: WorkingCalendar): Date {
  const startMs = instantMs(start, 'start');
  const durationMs = minutesToMs(minutes, 'minutes');
  return new Date(advanceBusinessTime(startMs, durationMs, compileCalendar(calendar)));
}
