import { TZDate } from '@date-fns/tz';

import type { IsoWeekday } from './working-calendar';

const MS_PER_DAY = 86_400_000;

/**
 * A local calendar date as a day number (days since 1970-01-01 in the proleptic Gregorian calendar).
 * Stepping day numbers is plain arithmetic, so walking dates never meets a daylight-saving change; only the
 * conversion to instants (in `instantAt`) looks at the zone.
 */
export type DayNumber = number;

export function localDayNumberOf(instantMs: number, timeZone: string): DayNumber {
  const local = new TZDate(instantMs, timeZone);
  return Math.round(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / MS_PER_DAY);
}

// Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
const WEEKDAY_OF_DAY_0_MOD_7: readonly IsoWeekday[] = [4, 5, 6, 7, 1, 2, 3];

export function isoWeekdayOf(day: DayNumber): IsoWeekday {
  // The table has 7 entries and the index is in 0..6, so the fallback never applies.
  return WEEKDAY_OF_DAY_0_MOD_7[((day % 7) + 7) % 7] ?? 1;
}

export function dateKeyOf(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The instant of a local wall-clock time on `day`. A time that does not exist (skipped by a spring-forward
 * change) resolves to the same offset later, e.g. 02:30 becomes 03:30; an ambiguous time (repeated by a
 * fall-back change) resolves to its first occurrence. This is @date-fns/tz behaviour, which follows the
 * Temporal "compatible" disambiguation.
 */
export function instantAt(day: DayNumber, minuteOfDay: number, timeZone: string): number {
  const civil = new Date(day * MS_PER_DAY);
  return new TZDate(
    civil.getUTCFullYear(),
    civil.getUTCMonth(),
    civil.getUTCDate(),
    Math.floor(minuteOfDay / 60),
    minuteOfDay % 60,
    timeZone,
  ).getTime();
}
