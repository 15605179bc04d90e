/** ISO-8601 weekday number: Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * When an approver group is at work (docs/architecture.md, flow 6: response-time clocks run in business hours in the
 * approver group's time zone). Working time is [dayStart, dayEnd) local time on working days that are not
 * holidays.
 */
export interface WorkingCalendar {
  /** IANA zone, e.g. 'Europe/London'. */
  timeZone: string;
  workingDays: readonly IsoWeekday[];
  /** 'HH:mm' local time, e.g. '09:00'. */
  dayStart: string;
  /** 'HH:mm' local time after dayStart; '24:00' means until the next local midnight. */
  dayEnd: string;
  /** 'YYYY-MM-DD' local dates that are not working days. */
  holidays: readonly string[];
}
