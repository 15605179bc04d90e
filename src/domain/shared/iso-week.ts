/**
 * ISO 8601 weeks in UTC ('2026-W01' starts on the Monday of the week that holds the year's first
 * Thursday), the unit the figures are rolled up by. UTC, not a viewer's zone: one decision belongs to one
 * week for everybody, so the rollups can be shared.
 */
const MS_PER_DAY = 86_400_000;
const MS_PER_WEEK = 7 * MS_PER_DAY;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

export type IsoWeek = string;

/** The Monday 00:00 UTC that starts the week holding `instantMs`. */
function weekStartOf(instantMs: number): number {
  const day = Math.floor(instantMs / MS_PER_DAY);
  // Day 0 (1970-01-01) was a Thursday: ISO weekday (Monday = 0 here) is (day + 3) mod 7.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return (day - weekday) * MS_PER_DAY;
}

export function isoWeekOf(instantMs: number): IsoWeek {
  const monday = weekStartOf(instantMs);
  // The week belongs to the year of its Thursday.
  const thursday = new Date(monday + 3 * MS_PER_DAY);
  const year = thursday.getUTCFullYear();
  const firstMonday = weekStartOf(Date.UTC(year, 0, 4));
  const number = Math.round((monday - firstMonday) / MS_PER_WEEK) + 1;
  return `${String(year)}-W${String(number).padStart(2, '0')}`;
}

export function isIsoWeek(text: string): boolean {
  const match = WEEK_PATTERN.exec(text);
  if (match === null) return false;
  const start = isoWeekStartMs(text);
  return start !== null && isoWeekOf(start) === text;
}

/** Epoch ms of the week's Monday 00:00 UTC; null when the text is not a week. */
export function isoWeekStartMs(week: IsoWeek): number | null {
  const match = WEEK_PATTERN.exec(week);
  if (match === null) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1 || number > 53) return null;
  return weekStartOf(Date.UTC(year, 0, 4)) + (number - 1) * MS_PER_WEEK;
}

/** Every week that overlaps [fromMs, untilMs), in order. */
export function isoWeeksOverlapping(fromMs: number, untilMs: number): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let monday = weekStartOf(fromMs); monday < untilMs; monday += MS_PER_WEEK) {
    weeks.push(isoWeekOf(monday));
  }
  return weeks;
}

export const WEEK_MS = MS_PER_WEEK;
