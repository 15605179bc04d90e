/**
 * Turns a wall-clock time typed into a datetime-local input ("2026-11-25T10:00") in a chosen IANA zone into
 * an ISO instant, as the change request's planned window needs (change-request-fields.ts). Intl only, so
 * the bundle carries no time-zone library.
 */
function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((asUtc - utcMs) / 60_000);
}

/** null when the text is not a local date-time or the zone is unknown. */
export function wallTimeToInstant(local: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const wallMs = Date.parse(`${local}:00Z`);
  if (Number.isNaN(wallMs)) return null;
  try {
    // Two passes: the offset at the guessed instant can differ from the one at the wall time near a DST change.
    const guess = zoneOffsetMinutes(wallMs, timeZone);
    const offset = zoneOffsetMinutes(wallMs - guess * 60_000, timeZone);
    return new Date(wallMs - offset * 60_000).toISOString();
  } catch {
    return null;
  }
}

/** The wall-clock "YYYY-MM-DDTHH:mm" of an instant in a zone, for pre-filling datetime-local inputs. */
export function instantToWallTime(instant: Date, timeZone: string): string {
  const offset = zoneOffsetMinutes(instant.getTime(), timeZone);
  return new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 16);
}
