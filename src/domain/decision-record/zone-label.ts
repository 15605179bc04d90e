/**
 * The name of a time zone as people read it next to a time: Intl's short name ("GMT", "BST", "CET", "EST"),
 * and where the locale has no short name for the zone and Intl answers only an offset ("GMT-5",
 * "GMT+5:30"), that offset with the IANA zone, "GMT-5 (America/New_York)", so the reader knows whose clock
 * it is. `Etc/*` zones are offsets by definition (and their names read backwards: Etc/GMT-3 is GMT+3),
 * so they keep the offset alone.
 */
const OFFSET_ONLY = /^(?:GMT|UTC)[+\-\u2212]\d/;

export function zoneLabel(shortName: string, timeZone: string): string {
  if (!OFFSET_ONLY.test(shortName)) return shortName;
  return timeZone.includes('/') && !timeZone.startsWith('Etc/') ? `${shortName} (${timeZone})` : shortName;
}
