/**
 * The date forms Jira indexes for a `type: date` entity property value. jira-entity-property, "Property
 * values" (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-entity-property/):
 * "The expected date format is [YYYY]-[MM]-[DD]. The expected date time format is
 * [YYYY]-[MM]-[DD]T[hh]:[mm]:[ss][TZ] where [TZ] is an offset from UTC of +/-[hh]:[mm] or Z for no offset.
 * For example: 2021-05-15, 2021-05-15T13:44:11+02:00, 2021-05-15T13:44:11Z" [verified].
 * Any other form (milliseconds as `toISOString()` writes them, no seconds, no offset, `+hhmm`) is not
 * indexed, so JQL does not find it [inferred: the page gives the expected format, not what happens to
 * others; the stricter reading]. A bare date is midnight UTC [inferred].
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** Epoch ms of a value in a documented form that exists in the calendar; undefined otherwise. */
export function indexedDateMs(value: string): number | undefined {
  const date = DATE.exec(value);
  if (date) return utcMs(date.slice(1, 4).map(Number), [0, 0, 0], 0);
  const time = DATE_TIME.exec(value);
  if (time === null) return undefined;
  const sign = time[7] === '-' ? -1 : 1;
  const [offsetHours, offsetMinutes] = [Number(time[8] ?? 0), Number(time[9] ?? 0)];
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  return utcMs(
    time.slice(1, 4).map(Number),
    time.slice(4, 7).map(Number),
    sign * (offsetHours * 60 + offsetMinutes),
  );
}

function utcMs(ymd: number[], hms: number[], offsetMinutes: number): number | undefined {
  const [year = 0, month = 0, day = 0] = ymd;
  const [hours = 0, minutes = 0, seconds = 0] = hms;
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to March 2nd; the calendar date must exist as written.
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return undefined;
  return Date.UTC(year, month - 1, day, hours, minutes, seconds) - offsetMinutes * 60_000;
}
