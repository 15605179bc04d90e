/** Working hours as people read them: "Mon–Fri 09:00–17:00". */
import type { PolicyWeekday, PolicyWorkingHours } from '@async-cab/shared/client';

export const WEEKDAYS = [
  { day: 1, short: 'Mon', long: 'Monday' },
  { day: 2, short: 'Tue', long: 'Tuesday' },
  { day: 3, short: 'Wed', long: 'Wednesday' },
  { day: 4, short: 'Thu', long: 'Thursday' },
  { day: 5, short: 'Fri', long: 'Friday' },
  { day: 6, short: 'Sat', long: 'Saturday' },
  { day: 7, short: 'Sun', long: 'Sunday' },
] as const satisfies readonly { day: PolicyWeekday; short: string; long: string }[];

const shortName = (day: number): string => WEEKDAYS.find((w) => w.day === day)?.short ?? String(day);

/** Consecutive days collapse into a range (Mon–Fri); others are listed (Mon, Wed). */
export function describeWorkingHours(hours: PolicyWorkingHours): string {
  const days = [...new Set(hours.days)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of days) {
    const run = runs[runs.length - 1];
    if (run !== undefined && run[run.length - 1] === day - 1) run.push(day);
    else runs.push([day]);
  }
  const dayText = runs
    .map((run) => {
      const first = run[0] ?? 0;
      const last = run[run.length - 1] ?? first;
      if (run.length >= 3) return `${shortName(first)}–${shortName(last)}`;
      return run.map(shortName).join(', ');
    })
    .join(', ');
  return `${dayText} ${hours.start}–${hours.end}`;
}
