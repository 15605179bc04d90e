import { zoneLabel } from './zone-label';

/**
 * Formats an instant for people reading the record, an email or a chat line, in the time zone chosen for
 * display and naming it: "Fri 20 Nov 2026, 14:02 GMT", or "Fri 20 Nov 2026, 09:02 GMT-5 (America/New_York)"
 * where the zone has no short name (zone-label.ts). The year is always there: a record is read long after.
 * Uses Intl (built into Node 20, no I/O) so that src/domain stays dependency-free.
 */
export function formatDisplayTime(iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const parts = partsIn(at, timeZone);
  return `${parts.day}, ${parts.time} ${zoneLabel(parts.zone, timeZone)}`;
}

/**
 * A window in one zone: "Thu 3 Dec 2026, 14:00 – 16:00 GMT" on one day, "Thu 3 Dec 2026, 22:00 – Fri 4 Dec
 * 2026, 01:30 GMT" across midnight, and both zone names when the clocks change inside it.
 */
export function formatDisplayWindow(startIso: string, endIso: string, timeZone: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startIso} – ${endIso}`;
  const from = partsIn(start, timeZone);
  const to = partsIn(end, timeZone);
  const fromZone = zoneLabel(from.zone, timeZone);
  const toZone = zoneLabel(to.zone, timeZone);
  const startText = fromZone === toZone ? from.time : `${from.time} ${fromZone}`;
  const endText = from.day === to.day ? to.time : `${to.day}, ${to.time}`;
  return `${from.day}, ${startText} – ${endText} ${toZone}`;
}

interface DisplayParts {
  /** e.g. "Fri 20 Nov 2026" */
  day: string;
  /** e.g. "14:02" */
  time: string;
  /** Intl's short zone name, e.g. "GMT" or "GMT-5". */
  zone: string;
}

function partsIn(at: Date, timeZone: string): DisplayParts {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return {
    day: `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`,
    time: `${part('hour')}:${part('minute')}`,
    zone: part('timeZoneName'),
  };
}
