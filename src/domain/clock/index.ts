// Public API of the business-hours clock. Routing, reminders and panels import only from here.
export type { IsoWeekday, WorkingCalendar } from './working-calendar';
export { isValidTimeZone } from './is-valid-time-zone';
export { calendarProblems } from './calendar-problems';
export { addBusinessMinutes } from './add-business-minutes';
export { businessMinutesBetween } from './business-minutes-between';
export { addWallClockMinutes } from './add-wall-clock-minutes';
export { businessFractionPoints } from './business-fraction-points';
export { isWorkingTime, nextWorkingInstant } from './working-time';
export { describeBusinessDuration } from './describe-business-duration';
