/** Minutes after local midnight for an 'HH:mm' time, or undefined when malformed. '24:00' only when allowed. */
export function parseClockTime(value: string, allowEndOfDay: boolean): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (match === null) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59) return undefined;
  if (hours === 24 && minutes === 0 && allowEndOfDay) return 24 * 60;
  if (hours > 23) return undefined;
  return hours * 60 + minutes;
}
