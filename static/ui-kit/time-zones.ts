/**
 * Wall-clock dates and times in IANA time zones <-> instants, for every Custom UI, using only Intl (no
 * time-zone library in the bundles). DST matters: the offset is the one in force at the chosen local time,
 * not today's. Local times that occur twice (clocks go back) resolve to the earlier one, and local times
 * that do not exist (clocks go forward) move forward by the gap, as Temporal's 'compatible'
 * disambiguation does (tc39 Temporal, ZonedDateTime.from); both cases are reported so a form can say so.
 */

export interface ZonedInstant {
  /** e.g. 2026-03-29T03:30:00+01:00 */
  iso: string;
  /** Set when the chosen local time does not exist in the zone and was moved forward. */
  shiftedFrom: string | null;
}

/** A date and a time as `<input type=date>` and `<input type=time>` hold them: `YYYY-MM-DD`, `HH:mm`. */
export interface LocalDateAndTime {
  date: string;
  time: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;
/** What `<input type=datetime-local>` holds: "2026-11-25T10:00". */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Every zone the browser knows, for suggestions; empty where Intl cannot list them (older browsers). */
export function supportedTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** The wall-clock time in the zone at `epochMs`, expressed as if it were UTC (ms). */
function wallClockAt(timeZone: string, epochMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const get = (name: string): number => parts[name] ?? 0;
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** The zone's offset from UTC at `epochMs`, in minutes (east positive). */
export function offsetMinutesAt(timeZone: string, epochMs: number): number {
  const exactSecond = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallClockAt(timeZone, exactSecond) - exactSecond) / MINUTE);
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function formatWall(wall: number): string {
  const d = new Date(wall);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
}

/** The ISO instant for `epochMs` written with the zone's offset at that instant (to the minute). */
export function formatInZone(timeZone: string, epochMs: number): string {
  const offset = offsetMinutesAt(timeZone, epochMs);
  return `${formatWall(epochMs + offset * MINUTE)}${formatOffset(offset)}`;
}

/** The wall clock a date + time names (as if UTC, ms), or null when either is incomplete or impossible. */
function wallOf(date: string, time: string): number | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (d === null || t === null) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined
  ) {
    return null;
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  return wall;
}

/** Every instant at which the zone's clocks show `wall`: none in a gap, two when the clocks go back. */
function instantsShowing(timeZone: string, wall: number): number[] {
  // Zones move their offset at most once a day, so the offsets a day either side are the only candidates.
  const before = offsetMinutesAt(timeZone, wall - DAY);
  const after = offsetMinutesAt(timeZone, wall + DAY);
  return [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => wallClockAt(timeZone, instant) === wall)
    .sort((a, b) => a - b);
}

/**
 * `date` is `YYYY-MM-DD` and `time` is `HH:mm` (what `<input type=date|time>` give). Answers null when
 * either is incomplete or the zone is unknown, so the form can say which part is missing.
 */
export function zonedInstant(date: string, time: string, timeZone: string): ZonedInstant | null {
  const wall = wallOf(date, time);
  if (wall === null || !isKnownTimeZone(timeZone)) return null;
  const earliest = instantsShowing(timeZone, wall)[0];
  if (earliest !== undefined) return { iso: formatInZone(timeZone, earliest), shiftedFrom: null };
  // A gap: read the time with the offset in force before the change, which lands after the gap.
  const before = offsetMinutesAt(timeZone, wall - DAY);
  return { iso: formatInZone(timeZone, wall - before * MINUTE), shiftedFrom: `${date} ${time}` };
}

/**
 * When the clocks go back, a local time happens twice; zonedInstant takes the first. This answers the
 * later one too, so the form can say which was meant (null when the time happens once, or not at all).
 */
export function repeatedLocalTime(
  date: string,
  time: string,
  timeZone: string,
): { first: string; second: string } | null {
  const wall = wallOf(date, time);
  if (wall === null || !isKnownTimeZone(timeZone)) return null;
  const [first, second] = instantsShowing(timeZone, wall);
  if (first === undefined || second === undefined) return null;
  return { first: formatInZone(timeZone, first), second: formatInZone(timeZone, second) };
}

/**
 * The date and time inputs' values for an ISO instant in the zone (to the minute), or null when the
 * instant is unreadable or the zone unknown: a form then starts empty rather than at a wrong time.
 */
export function localDateAndTimeOf(iso: string, timeZone: string): LocalDateAndTime | null {
  const epochMs = Date.parse(iso);
  if (Number.isNaN(epochMs) || !isKnownTimeZone(timeZone)) return null;
  const local = formatInZone(timeZone, epochMs);
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/**
 * A datetime-local value ("2026-11-25T10:00") in the zone as a UTC ISO instant ("2026-11-25T10:00:00.000Z"),
 * read as zonedInstant reads a date and a time; null when the text is not one or the zone is unknown.
 */
export function localDateTimeToInstant(local: string, timeZone: string): string | null {
  const match = LOCAL_DATE_TIME.exec(local);
  const date = match?.[1];
  const time = match?.[2];
  if (date === undefined || time === undefined) return null;
  const resolved = zonedInstant(date, time, timeZone);
  return resolved === null ? null : new Date(Date.parse(resolved.iso)).toISOString();
}

/** The datetime-local value ("YYYY-MM-DDTHH:mm") of an instant in a known zone, to pre-fill an input. */
export function instantToLocalDateTime(instant: Date, timeZone: string): string {
  return formatInZone(timeZone, instant.getTime()).slice(0, 16);
}
