import {
  addWallClockMinutes,
  businessFractionPoints,
  businessMinutesBetween,
  type WorkingCalendar,
} from '../clock';
import { type ResponseClock } from './routing-result';

interface ReminderPolicy {
  readonly atFractions: readonly number[];
  readonly minimumGapHours: number;
}

/**
 * Reminder instants for one group, strictly between `now` and `deadline`. Reminders closer than the
 * minimum gap to the previous one are dropped (throttling, docs/architecture.md, flow 6); the gap is measured on the
 * same clock as the response time, so a weekend between two reminders does not count as a gap.
 */
export function reminderTimes(
  now: Date,
  deadline: Date,
  clock: ResponseClock,
  reminders: ReminderPolicy,
  calendar: WorkingCalendar,
): Date[] {
  const fractions = [...new Set(reminders.atFractions)].sort((a, b) => a - b);
  const points =
    clock.kind === 'business'
      ? businessFractionPoints(now, clock.hours * 60, fractions, calendar)
      : fractions.map((fraction) => addWallClockMinutes(now, clock.minutes * fraction));
  const gapMinutes = reminders.minimumGapHours * 60;
  const minutesBetween = (from: Date, to: Date): number =>
    clock.kind === 'business'
      ? businessMinutesBetween(from, to, calendar)
      : (to.getTime() - from.getTime()) / 60_000;
  const kept: Date[] = [];
  for (const point of points) {
    if (point.getTime() <= now.getTime() || point.getTime() >= deadline.getTime()) continue;
    const previous = kept.at(-1);
    if (previous !== undefined && minutesBetween(previous, point) < gapMinutes) continue;
    kept.push(point);
  }
  return kept;
}
