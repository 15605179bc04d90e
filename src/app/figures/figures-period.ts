import { isoWeeksOverlapping, isoWeekStartMs, WEEK_MS, type IsoWeek } from '../../domain/figures';

/** Calendar dates (YYYY-MM-DD, UTC), both included; the contract checks them (src/shared/figures-contract-schemas.ts). */
export interface Period {
  from: string;
  to: string;
}

export interface PeriodBounds {
  fromMs: number;
  /** Exclusive: the start of the day after `to`. */
  untilMs: number;
  weeks: IsoWeek[];
}

const DAY_MS = 86_400_000;

export function periodBounds(period: Period): PeriodBounds {
  const fromMs = Date.parse(`${period.from}T00:00:00Z`);
  const untilMs = Date.parse(`${period.to}T00:00:00Z`) + DAY_MS;
  return { fromMs, untilMs, weeks: isoWeeksOverlapping(fromMs, untilMs) };
}

export function weekSpans(weeks: readonly IsoWeek[]): { week: IsoWeek; start: string; end: string }[] {
  return weeks.map((week) => {
    const start = isoWeekStartMs(week) ?? 0;
    return { week, start: new Date(start).toISOString(), end: new Date(start + WEEK_MS).toISOString() };
  });
}
