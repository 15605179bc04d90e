/**
 * An ISO-8601 instant with an explicit offset ('Z' or ±HH:mm), seconds optional because browsers'
 * datetime inputs produce minutes only. Without an offset the instant would depend on the server's zone.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

export function isIsoInstant(text: string): boolean {
  const match = ISO_INSTANT.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Date.parse rolls 2026-02-30 over to March 2nd; a calendar date must exist as written.
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** 'YYYY-MM-DD' that exists in the calendar (holidays). */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isIsoInstant(`${text}T00:00Z`);
}
