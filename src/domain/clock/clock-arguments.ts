/** Milliseconds for a minute count; negative or non-finite counts are programming errors (policy validates). */
export function minutesToMs(minutes: number, name: string): number {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`${name} must be a finite number of minutes ≥ 0, got ${minutes}.`);
  }
  return Math.round(minutes * 60_000);
}

/** Epoch milliseconds of a valid Date; an Invalid Date would silently poison every comparison. */
export function instantMs(date: Date, name: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${name} is an invalid Date.`);
  return ms;
}
