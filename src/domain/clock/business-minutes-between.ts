import { instantMs } from './clock-arguments';
import { compileCalendar, workingIntervalOn } from './compiled-calendar';
import { localDayNumberOf } from './local-date';
import type { WorkingCalendar } from './working-calendar';

/**
 * Working minutes in [from, to): elapsed real minutes that fall inside working intervals, so a local
 * 09:00–17:00 day counts 480 even on a daylight-saving change day. 0 when `to` is not after `from` (time
 * past a deadline is measured by swapping the arguments). May be fractional when the instants have seconds.
 *
 * @throws RangeError for an invalid calendar or an invalid Date.
 */
export function businessMinutesBetween(from: Date, to: Date, calendar: WorkingCalendar): number {
  const fromMs = instantMs(from, 'from');
  const toMs = instantMs(to, 'to');
  const compiled = compileCalendar(calendar);
  if (toMs <= fromMs) return 0;
  const lastDay = localDayNumberOf(toMs, compiled.timeZone);
  let totalMs = 0;
  // Where a zone changes offset at midnight, one day's interval could overlap the next; counting from the end
  // of the last counted interval never counts an instant twice.
  let countedUntil = fromMs;
  for (let day = localDayNumberOf(fromMs, compiled.timeZone); day <= lastDay; day += 1) {
    const interval = workingIntervalOn(day, compiled);
    if (interval === undefined) continue;
    const overlapEnd = Math.min(interval.end, toMs);
    const overlap = overlapEnd - Math.max(interval.start, countedUntil);
    if (overlap > 0) {
      totalMs += overlap;
      countedUntil = overlapEnd;
    }
  }
  return totalMs / 60_000;
}
