/** Durations and shares as a person reads them at a glance: "3 h 20 min", "2 d 4 h", "82%". */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatDuration(ms: number | null): string {
  if (ms === null) return '–';
  if (ms < MINUTE) return '< 1 min';
  if (ms < HOUR) return `${String(Math.round(ms / MINUTE))} min`;
  if (ms < DAY) {
    const hours = Math.floor(ms / HOUR);
    const minutes = Math.round((ms - hours * HOUR) / MINUTE);
    if (minutes === 60) return `${String(hours + 1)} h`;
    return minutes === 0 ? `${String(hours)} h` : `${String(hours)} h ${String(minutes)} min`;
  }
  const days = Math.floor(ms / DAY);
  const hours = Math.round((ms - days * DAY) / HOUR);
  if (hours === 24) return `${String(days + 1)} d`;
  return hours === 0 ? `${String(days)} d` : `${String(days)} d ${String(hours)} h`;
}

export function formatShare(share: number | null): string {
  if (share === null) return '–';
  const percent = share * 100;
  // 99.6% is not 100%: only a whole share reads as 100.
  if (percent > 99 && percent < 100) return '> 99%';
  if (percent > 0 && percent < 1) return '< 1%';
  return `${String(Math.round(percent))}%`;
}

/** 'Week 10' for '2026-W10'; the year too when the period spans two. */
export function weekLabel(week: string, withYear: boolean): string {
  const [year, number] = week.split('-W');
  const label = `Week ${String(Number(number))}`;
  return withYear ? `${label} ${year ?? ''}` : label;
}

/** A round top for a chart's scale, so gridlines fall on readable values. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((candidate) => candidate * magnitude >= value) ?? 10;
  return step * magnitude;
}

/** A round top for a scale of durations: whole minutes, hours or days. */
export function niceDurationCeiling(ms: number): number {
  const units = [MINUTE, HOUR, DAY];
  const unit = [...units].reverse().find((candidate) => ms >= candidate * 2) ?? MINUTE;
  return niceCeiling(ms / unit) * unit;
}

/** A calendar day (`2026-11-02`, a day in UTC as the figures count them) in words: "Mon, Nov 2, 2026". */
export function formatCalendarDay(isoDay: string, locale?: string): string {
  const at = Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(at)) return isoDay;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}
