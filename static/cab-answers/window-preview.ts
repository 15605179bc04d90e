/**
 * Says, in words, which instant a date + time in a zone means, so daylight-saving surprises are visible
 * before the answer is sent: a time the clocks skip (it is moved forward) and a time that happens twice
 * (the first is taken). Each instant reads as the rest of the UI reads times, in the window's zone and
 * naming it: "Tue 24 Nov, 18:00 GMT" (ui-kit/format-zoned-time.ts).
 */
import { formatInstant } from '../ui-kit/format-zoned-time';
import { repeatedLocalTime, zonedInstant } from '../ui-kit/time-zones';

export function describeLocalTime(
  date: string,
  time: string,
  timeZone: string,
  now: Date = new Date(),
  locale = 'en-GB',
): string | null {
  const resolved = zonedInstant(date, time, timeZone);
  if (resolved === null) return null;
  const inZone = (iso: string) => formatInstant(iso, { timeZone, locale }, now);
  const shown = inZone(resolved.iso);
  // The day part of "Tue 24 Nov, 18:00 GMT" (or "Mon, 25 Oct 2027, 01:30 GMT"): all before the last ", ".
  const day = shown.includes(', ') ? shown.slice(0, shown.lastIndexOf(', ')) : date;
  if (resolved.shiftedFrom !== null) {
    return `${time} does not exist on ${day} in ${timeZone} (the clocks go forward), so it is read as ${shown}.`;
  }
  const repeated = repeatedLocalTime(date, time, timeZone);
  if (repeated !== null) {
    return `${time} happens twice on ${day} in ${timeZone} (the clocks go back); it is read as the first, ${shown}, not the second, ${inZone(repeated.second)}.`;
  }
  return shown;
}
