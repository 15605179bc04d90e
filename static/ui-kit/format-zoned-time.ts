/**
 * Instants and windows as a person reads them, in the viewer's own time zone and naming it, e.g.
 * "Thu 3 Dec, 14:00 GMT" or "Thu 3 Dec, 14:00 – 16:00 GMT": an approver in London and a developer in New
 * York then read the same slot without converting it. Built on time-zones.ts, with Intl only.
 */
import { formatInZone, isKnownTimeZone } from './time-zones';

/** Whose clock and language a time is shown in (their Atlassian profile, else their browser). */
export interface Viewer {
  timeZone: string;
  locale: string;
}

/** The browser's own zone and language, for a page that is not told the viewer's. */
export function browserViewer(): Viewer {
  const resolved = Intl.DateTimeFormat().resolvedOptions();
  return { timeZone: resolved.timeZone, locale: resolved.locale };
}

function formatters(locale: string, timeZone: string, withYear: boolean) {
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  });
  // 24-hour locales read "09:05"; 12-hour ones read "9:05 AM" (a padded "09:05 AM" looks odd there).
  const hourCycle = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone }).resolvedOptions()
    .hourCycle;
  const twentyFour = hourCycle === 'h23' || hourCycle === 'h24';
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: twentyFour ? '2-digit' : 'numeric',
    minute: '2-digit',
  });
  const zone = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
  return {
    date: (at: number) => date.format(at),
    time: (at: number) => time.format(at),
    zone: (at: number) =>
      zoneLabel(
        zone.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? timeZone,
        timeZone,
      ),
  };
}

const OFFSET_ONLY = /^(?:GMT|UTC)[+\-\u2212]\d/;

/**
 * A zone's name next to a time: Intl's short name ("GMT", "CET", "EST"); where the locale has none and Intl
 * answers only an offset ("GMT-5"), the offset with the IANA zone, "GMT-5 (America/New_York)", so the reader
 * knows whose clock it is. `Etc/*` zones are offsets by definition and keep the offset alone. The server
 * words times the same way (src/domain/decision-record/zone-label.ts).
 */
export function zoneLabel(shortName: string, timeZone: string): string {
  if (!OFFSET_ONLY.test(shortName)) return shortName;
  return timeZone.includes('/') && !timeZone.startsWith('Etc/') ? `${shortName} (${timeZone})` : shortName;
}

const yearIn = (timeZone: string, at: number): string => formatInZone(timeZone, at).slice(0, 4);
const dayIn = (timeZone: string, at: number): string => formatInZone(timeZone, at).slice(0, 10);

/** A zone Intl can draw in: the viewer's, or UTC when theirs is unknown (never a wrong local time). */
const zoneOf = (viewer: Viewer): string => (isKnownTimeZone(viewer.timeZone) ? viewer.timeZone : 'UTC');

/** The year only when it is not this year's (in the viewer's zone): "Thu 3 Dec" is enough for soon. */
const needsYear = (zone: string, now: Date, ...instants: number[]): boolean =>
  instants.some((at) => yearIn(zone, at) !== yearIn(zone, now.getTime()));

/** e.g. "Thu 3 Dec, 14:00 GMT"; text that is not an instant is shown as it is rather than hidden. */
export function formatInstant(iso: string, viewer: Viewer, now: Date): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const zone = zoneOf(viewer);
  const format = formatters(viewer.locale, zone, needsYear(zone, now, at));
  return `${format.date(at)}, ${format.time(at)} ${format.zone(at)}`;
}

export interface ZonedWindow {
  start: string;
  end: string;
  /** The zone the window was planned in. */
  timeZone: string;
}

export interface ZonedWindowText {
  text: string;
  /** The zone the window was planned in, when it differs from the viewer's; null otherwise. */
  plannedIn: string | null;
}

/** e.g. "Thu 3 Dec, 14:00 – 16:00 GMT", naming the zone it was planned in when that is another one. */
export function formatZonedWindow(window: ZonedWindow, viewer: Viewer, now: Date): ZonedWindowText {
  const zone = zoneOf(viewer);
  const plannedIn = window.timeZone === zone ? null : window.timeZone;
  const start = Date.parse(window.start);
  const end = Date.parse(window.end);
  // Not instants (written around Jira's validation): show them as stored rather than nothing.
  if (Number.isNaN(start) || Number.isNaN(end)) return { text: `${window.start} – ${window.end}`, plannedIn };

  const format = formatters(viewer.locale, zone, needsYear(zone, now, start, end));
  const startZone = format.zone(start);
  const endZone = format.zone(end);
  // A window across a clock change names both offsets ("00:30 BST – 03:00 GMT").
  const startTime = startZone === endZone ? format.time(start) : `${format.time(start)} ${startZone}`;
  const endPart =
    dayIn(zone, start) === dayIn(zone, end) ? format.time(end) : `${format.date(end)}, ${format.time(end)}`;
  return { text: `${format.date(start)}, ${startTime} – ${endPart} ${endZone}`, plannedIn };
}
