import { type WorkingCalendar } from '../clock';
import { type Policy, type PolicySystem } from '../policy/policy-schema';

/**
 * The calendar an approver group works to (docs/architecture.md, flow 6): the system's zone and working hours, or the
 * policy defaults. A holiday applies in every zone unless its `timeZones` narrows it.
 */
export function calendarForSystem(policy: Policy, system: PolicySystem): WorkingCalendar {
  return calendarFor(policy, system.timeZone, system.workingHours ?? policy.defaults.workingHours);
}

export function defaultCalendar(policy: Policy): WorkingCalendar {
  return calendarFor(policy, policy.defaults.timeZone, policy.defaults.workingHours);
}

function calendarFor(
  policy: Policy,
  timeZone: string,
  hours: Policy['defaults']['workingHours'],
): WorkingCalendar {
  return {
    timeZone,
    workingDays: hours.days,
    dayStart: hours.start,
    dayEnd: hours.end,
    holidays: policy.holidays
      .filter((holiday) => holiday.timeZones === undefined || holiday.timeZones.includes(timeZone))
      .map((holiday) => holiday.date),
  };
}
