import { parseClockTime } from './clock-time';
import { isValidTimeZone } from './is-valid-time-zone';
import type { WorkingCalendar } from './working-calendar';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Human, specific reasons why `calendar` cannot be used (empty when it is valid). The admin page shows these
 * next to the approver group; the clock functions throw a RangeError carrying them.
 */
export function calendarProblems(calendar: WorkingCalendar): string[] {
  const problems: string[] = [];
  if (!isValidTimeZone(calendar.timeZone)) {
    problems.push(`Time zone "${calendar.timeZone}" is not a known IANA time zone (e.g. "Europe/London").`);
  }
  problems.push(...workingDayProblems(calendar.workingDays));
  problems.push(...workingHoursProblems(calendar.dayStart, calendar.dayEnd));
  for (const holiday of calendar.holidays) {
    if (!isCalendarDate(holiday)) {
      problems.push(`Holiday "${holiday}" is not a real date written as YYYY-MM-DD.`);
    }
  }
  return problems;
}

function workingDayProblems(workingDays: readonly number[]): string[] {
  if (workingDays.length === 0) return ['At least one working day is needed.'];
  return workingDays
    .filter((day) => !Number.isInteger(day) || day < 1 || day > 7)
    .map((day) => `Working day ${day} is not an ISO weekday (1 = Monday … 7 = Sunday).`);
}

function workingHoursProblems(dayStart: string, dayEnd: string): string[] {
  const start = parseClockTime(dayStart, false);
  const end = parseClockTime(dayEnd, true);
  const problems: string[] = [];
  if (start === undefined)
    problems.push(`Day start "${dayStart}" is not a time written as HH:mm (00:00–23:59).`);
  if (end === undefined) problems.push(`Day end "${dayEnd}" is not a time written as HH:mm (00:01–24:00).`);
  if (start !== undefined && end !== undefined && end <= start) {
    problems.push(`Day end ${dayEnd} must be after day start ${dayStart}.`);
  }
  return problems;
}

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
