import { advanceBusinessTime } from './advance-business-time';
import { instantMs, minutesToMs } from './clock-arguments';
import { compileCalendar } from './compiled-calendar';
import type { WorkingCalendar } from './working-calendar';

/**
 * Instants at the given fractions (0..1) of a business-time window that starts at `start`, in the order of
 * `fractions` (e.g. [0.5, 0.8] for reminders at half and four fifths of the response time, docs/architecture.md flow
 * 6). Fraction 0 is the window's opening (next working instant), fraction 1 its deadline
 * (`addBusinessMinutes(start, windowMinutes)`); ascending fractions give non-decreasing instants.
 *
 * @throws RangeError for an invalid calendar, a negative or non-finite window, or a fraction outside 0..1.
 */
export function businessFractionPoints(
  start: Date,
  windowMinutes: number,
  fractions: readonly number[],
  calendar: WorkingCalendar,
): Date[] {
  const startMs = instantMs(start, 'start');
  const windowMs = minutesToMs(windowMinutes, 'windowMinutes');
  const compiled = compileCalendar(calendar);
  return fractions.map((fraction) => {
    if (!Number.isFinite(fraction) || fraction < 0 || fraction > 1) {
      throw new RangeError(`Fraction ${fraction} is outside 0..1.`);
    }
    return new Date(advanceBusinessTime(startMs, Math.round(windowMs * fraction), compiled));
  });
}
