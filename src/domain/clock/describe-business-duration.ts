import { minutesToMs } from './clock-arguments';
import { compileCalendar } from './compiled-calendar';
import type { WorkingCalendar } from './working-calendar';

/**
 * Short English text for a business duration in whole working days of this calendar, hours and minutes,
 * e.g. "1 working day 3 h" or "45 min", for panels and reminders. A working day is the nominal dayStart to
 * dayEnd length; minutes are rounded to the nearest whole minute.
 *
 * @throws RangeError for an invalid calendar or a negative or non-finite `minutes`.
 */
export function describeBusinessDuration(minutes: number, calendar: WorkingCalendar): string {
  const totalMinutes = Math.round(minutesToMs(minutes, 'minutes') / 60_000);
  const compiled = compileCalendar(calendar);
  const dayMinutes = compiled.endMinute - compiled.startMinute;
  const days = Math.floor(totalMinutes / dayMinutes);
  const hours = Math.floor((totalMinutes - days * dayMinutes) / 60);
  const rest = totalMinutes - days * dayMinutes - hours * 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} working ${days === 1 ? 'day' : 'days'}`);
  if (hours > 0) parts.push(`${hours} h`);
  if (rest > 0 || parts.length === 0) parts.push(`${rest} min`);
  return parts.join(' ');
}
