/**
 * Says, in words, which instant a date + time in a zone means, so daylight-saving surprises are visible
 * before the answer is sent: a time the clocks skip (it is moved forward) and a time that happens twice
 * (the first is taken).
 */
import { repeatedLocalTime, zonedInstant } from '../ui-kit/time-zones';

const offsetOf = (iso: string): string => {
  const offset = iso.slice(19);
  return `UTC${offset === '+00:00' ? '' : offset}`;
};

export function describeLocalTime(date: string, time: string, timeZone: string): string | null {
  const resolved = zonedInstant(date, time, timeZone);
  if (resolved === null) return null;
  const shown = `${resolved.iso.slice(0, 10)} ${resolved.iso.slice(11, 16)} (${offsetOf(resolved.iso)})`;
  if (resolved.shiftedFrom !== null) {
    return `${time} does not exist on ${date} in ${timeZone} (the clocks go forward), so it is read as ${shown}.`;
  }
  const repeated = repeatedLocalTime(date, time, timeZone);
  if (repeated !== null) {
    return `${time} happens twice on ${date} in ${timeZone} (the clocks go back); it is read as the first, ${shown}, not the second (${offsetOf(repeated.second)}).`;
  }
  return shown;
}
