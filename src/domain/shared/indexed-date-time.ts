/**
 * A date-time as Jira indexes it for a `type: date` value of a `jira:entityProperty` module:
 * `[YYYY]-[MM]-[DD]T[hh]:[mm]:[ss][TZ]` with `[TZ]` = `+/-[hh]:[mm]` or `Z`, e.g. `2021-05-15T13:44:11Z`
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-entity-property/,
 * "Property values"). `toISOString()` adds milliseconds, a form the documentation does not list, so such a
 * value may not be indexed and JQL on it would find nothing. Sub-second parts are dropped, never rounded up.
 */
export function toIndexedDateTime(instant: Date | string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a date-time: ${String(instant)}`);
  return new Date(ms - (((ms % 1000) + 1000) % 1000)).toISOString().replace('.000Z', 'Z');
}
