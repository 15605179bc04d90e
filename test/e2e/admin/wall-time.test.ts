import { instantToWallTime, wallTimeToInstant } from '../../../static/admin/src/wall-time';

describe('wall-clock times of the preview window in a chosen time zone', () => {
  it.each([
    ['2026-11-25T10:00', 'Europe/London', '2026-11-25T10:00:00.000Z'],
    ['2026-07-01T10:00', 'Europe/London', '2026-07-01T09:00:00.000Z'],
    ['2026-11-25T10:00', 'America/New_York', '2026-11-25T15:00:00.000Z'],
    ['2026-11-25T10:00', 'Australia/Sydney', '2026-11-24T23:00:00.000Z'],
    // The first hour after the spring-forward change in New York (02:00 -> 03:00 on 8 March 2026).
    ['2026-03-08T03:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
  ])('given %s in %s, then the instant is %s', (local, zone, instant) => {
    expect(wallTimeToInstant(local, zone)).toBe(instant);
  });

  it.each([
    ['25/11/2026 10:00', 'Europe/London'],
    ['2026-11-25T10:00', 'Mars/Olympus_Mons'],
    ['', 'Europe/London'],
  ])('given %p in %p, then there is no instant', (local, zone) => {
    expect(wallTimeToInstant(local, zone)).toBeNull();
  });

  it('given an instant, then the wall time in a zone round-trips to the same instant', () => {
    const now = new Date('2026-11-24T15:42:00Z');

    const local = instantToWallTime(now, 'Australia/Sydney');

    expect(local).toBe('2026-11-25T02:42');
    expect(wallTimeToInstant(local, 'Australia/Sydney')).toBe(now.toISOString());
  });
});
