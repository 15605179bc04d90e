import { TZDate } from '@date-fns/tz';

/**
 * An instant as ISO 8601 with the zone's offset at that moment, seconds precision, e.g.
 * '2026-03-02T10:00:00+01:00' for 09:00Z in Europe/Berlin; UTC gives '...Z'.
 */
export function isoInZone(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  if (timeZone === 'UTC') return new Date(whole).toISOString().replace('.000Z', 'Z');
  return new TZDate(whole, timeZone).toISOString().replace('.000', '');
}
