import { businessMinutesBetween, describeBusinessDuration, type WorkingCalendar } from '../domain/clock';
import { formatDisplayTime } from '../domain/decision-record';
import type { Policy } from '../domain/policy';
import { calendarForSystem, defaultCalendar, type RoutedGroup, type RoutingResult } from '../domain/routing';
import type { DeadlineView } from '../shared/view-models';

/** The calendar a routed group's clock runs on: a system in its zone, else the policy defaults. */
export function calendarForGroup(policy: Policy, group: RoutedGroup): WorkingCalendar {
  const system = policy.systems.find(
    (candidate) =>
      candidate.timeZone === group.timeZone && candidate.approverGroupIds.includes(group.groupId),
  );
  return system
    ? calendarForSystem(policy, system)
    : { ...defaultCalendar(policy), timeZone: group.timeZone };
}

const minutesText = (minutes: number) => {
  const rounded = Math.max(0, Math.round(minutes));
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return hours === 0
    ? `${String(rest)} min`
    : rest === 0
      ? `${String(hours)} h`
      : `${String(hours)} h ${String(rest)} min`;
};

/** "3 working days 2 h" already says it is working time; "5 h 20 min" needs "of working time". */
function workingTime(minutes: number, calendar: WorkingCalendar): string {
  const text = describeBusinessDuration(minutes, calendar);
  return text.includes('working day') ? text : `${text} of working time`;
}

/** Time left for the group that is due first, in its own business hours (wall clock for emergencies). */
export function deadlineView(
  policy: Policy,
  routing: RoutingResult,
  pendingGroupIds: readonly string[],
  now: Date,
): DeadlineView | null {
  const candidates = routing.groups.filter((group) => pendingGroupIds.includes(group.groupId));
  const first = [...candidates].sort((a, b) => Date.parse(a.deadline) - Date.parse(b.deadline))[0];
  if (first === undefined) return null;
  const at = new Date(first.deadline);
  const overdue = at.getTime() <= now.getTime();
  const display = formatDisplayTime(first.deadline, first.timeZone);
  if (routing.clock.kind === 'wallClock') return wallClockDeadlineView(first.deadline, first.timeZone, now);
  const calendar = calendarForGroup(policy, first);
  const left = overdue ? 0 : businessMinutesBetween(now, at, calendar);
  const late = overdue ? businessMinutesBetween(at, now, calendar) : 0;
  return {
    at: first.deadline,
    display,
    timeZone: first.timeZone,
    minutesLeft: Math.round(left),
    // Past a deadline that fell outside working hours, no working minute has passed yet: just "Overdue".
    label: overdue
      ? Math.round(late) === 0
        ? 'Overdue'
        : `Overdue by ${workingTime(Math.round(late), calendar)}`
      : `${workingTime(Math.round(left), calendar)} left`,
    overdue,
    clock: 'business',
  };
}

/** A deadline counted in wall-clock time (emergencies, the retrospective approval after break-glass). */
export function wallClockDeadlineView(deadline: string, timeZone: string, now: Date): DeadlineView {
  const at = new Date(deadline);
  const overdue = at.getTime() <= now.getTime();
  const minutes = Math.abs(at.getTime() - now.getTime()) / 60_000;
  return {
    at: deadline,
    display: formatDisplayTime(deadline, timeZone),
    timeZone,
    minutesLeft: overdue ? 0 : Math.round(minutes),
    label: overdue ? `Overdue by ${minutesText(minutes)}` : `${minutesText(minutes)} left (wall-clock)`,
    overdue,
    clock: 'wallClock',
  };
}
