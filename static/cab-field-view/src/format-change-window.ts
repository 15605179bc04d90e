/**
 * The change window as a person reads it, in the viewer's own time zone (their Atlassian profile), e.g.
 * "Thu 3 Dec, 14:00 – 16:00 GMT", with the zone it was planned in named when that is another one: an
 * approver in London and a developer in New York then read the same slot without converting it.
 */
import type { CabFieldValueMap } from '@async-cab/shared/client';
import { formatInZone, isKnownTimeZone } from '../../cab-answers/zoned-instant';

export interface ChangeWindowText {
  text: string;
  /** The zone the window was planned in, when it differs from the viewer's; null otherwise. */
  plannedIn: string | null;
}

export interface Viewer {
  timeZone: string;
  locale: string;
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
      zone.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? timeZone,
  };
}

const yearIn = (timeZone: string, at: number): string => formatInZone(timeZone, at).slice(0, 4);
const dayIn = (timeZone: string, at: number): string => formatInZone(timeZone, at).slice(0, 10);

export function formatChangeWindow(
  window: CabFieldValueMap['changeWindow'],
  viewer: Viewer,
  now: Date,
): ChangeWindowText {
  const zone = isKnownTimeZone(viewer.timeZone) ? viewer.timeZone : 'UTC';
  const plannedIn = window.timeZone === zone ? null : window.timeZone;
  const start = Date.parse(window.start);
  const end = Date.parse(window.end);
  // Not instants (written around Jira's validation): show them as stored rather than nothing.
  if (Number.isNaN(start) || Number.isNaN(end)) return { text: `${window.start} – ${window.end}`, plannedIn };

  // The year only when it is not this year's (in the viewer's zone): "Thu 3 Dec" is enough for soon.
  const thisYear = yearIn(zone, now.getTime());
  const withYear = yearIn(zone, start) !== thisYear || yearIn(zone, end) !== thisYear;
  const format = formatters(viewer.locale, zone, withYear);
  const startZone = format.zone(start);
  const endZone = format.zone(end);
  // A window across a clock change names both offsets ("00:30 BST – 03:00 GMT").
  const startTime = startZone === endZone ? format.time(start) : `${format.time(start)} ${startZone}`;
  const endPart =
    dayIn(zone, start) === dayIn(zone, end) ? format.time(end) : `${format.date(end)}, ${format.time(end)}`;
  return { text: `${format.date(start)}, ${startTime} – ${endPart} ${endZone}`, plannedIn };
}
