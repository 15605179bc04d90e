/** Says, in words, which instant a date + time in a zone means, so DST surprises are visible before submitting. */
import { zonedInstant } from './zoned-instant';

export function describeLocalTime(date: string, time: string, timeZone: string): string | null {
  const resolved = zonedInstant(date, time, timeZone);
  if (resolved === null) return null;
  const offset = resolved.iso.slice(19);
  const shown = `${resolved.iso.slice(0, 10)} ${resolved.iso.slice(11, 16)} (UTC${offset === '+00:00' ? '' : offset})`;
  if (resolved.shiftedFrom === null) return shown;
  return `${time} does not exist on ${date} in ${timeZone} (the clocks go forward), so it is read as ${shown}.`;
}
