import type { WorkingCalendar } from '../../../../src/domain/clock';

/** A Monday–Friday 09:00–17:00 calendar without holidays; override what a test is about. */
export function makeCalendar(overrides: Partial<WorkingCalendar> = {}): WorkingCalendar {
  return {
    timeZone: 'Europe/London',
    workingDays: [1, 2, 3, 4, 5],
    dayStart: '09:00',
    dayEnd: '17:00',
    holidays: [],
    ...overrides,
  };
}

/** Every day, all day: business time equals elapsed time, which exposes daylight-saving arithmetic. */
export function makeAroundTheClockCalendar(timeZone: string): WorkingCalendar {
  return makeCalendar({ timeZone, workingDays: [1, 2, 3, 4, 5, 6, 7], dayStart: '00:00', dayEnd: '24:00' });
}

export function at(iso: string): Date {
  return new Date(iso);
}
