/**
 * True when `zone` is an IANA time-zone name this runtime knows (e.g. 'Europe/London', 'UTC').
 * Offset strings such as '+01:00' are refused on purpose: newer ICU builds accept them and older ones do not
 * (Node 20 in CI versus nodejs24.x on Forge, docs/architecture.md), and a fixed offset has no daylight-saving rules,
 * so it is almost always a mistake for an approver group's calendar.
 */
export function isValidTimeZone(zone: string): boolean {
  if (zone.trim() === '' || /^[+-]/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
