/** 'HH:mm' on a 24-hour clock, the format of the clock's WorkingCalendar.dayStart/dayEnd. */
export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since local midnight; the caller has checked LOCAL_TIME_PATTERN. */
export function minutesOfDay(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}
