import { instantMs, minutesToMs } from './clock-arguments';

/**
 * `minutes` of elapsed real time after `start`, ignoring working hours. Emergency clocks use this (docs/architecture.md, flow 5:
 * an ECAB decision within e.g. 30 minutes, at any hour). Adding elapsed time is immune to
 * daylight-saving changes by construction: it never goes through a local wall-clock time.
 *
 * @throws RangeError for a negative or non-finite `minutes` or an invalid `start`.
 */
export function addWallClockMinutes(start: Date, minutes: number): Date {
  return new Date(instantMs(start, 'start') + minutesToMs(minutes, 'minutes'));
}
