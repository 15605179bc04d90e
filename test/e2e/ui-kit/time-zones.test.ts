import {
  instantToLocalDateTime,
  localDateAndTimeOf,
  localDateTimeToInstant,
  offsetMinutesAt,
  repeatedLocalTime,
  zonedInstant,
} from '../../../static/ui-kit/time-zones';

describe('zonedInstant: a wall-clock date and time in a zone as an ISO instant with offset', () => {
  it('uses winter time in winter and summer time in summer for the same zone', () => {
    // Given London in November (GMT) and in July (BST)
    // When each local time is resolved
    // Then each carries the offset in force at that local time, not today's
    expect(zonedInstant('2026-11-24', '10:00', 'Europe/London')).toEqual({
      iso: '2026-11-24T10:00:00+00:00',
      shiftedFrom: null,
    });
    expect(zonedInstant('2026-07-01', '10:00', 'Europe/London')?.iso).toBe('2026-07-01T10:00:00+01:00');
  });

  it('handles zones west of UTC and half-hour offsets', () => {
    expect(zonedInstant('2026-11-24', '09:30', 'America/New_York')?.iso).toBe('2026-11-24T09:30:00-05:00');
    expect(zonedInstant('2026-11-24', '09:30', 'Asia/Kolkata')?.iso).toBe('2026-11-24T09:30:00+05:30');
  });

  it('moves a local time inside the spring-forward gap forward by the gap, and says so', () => {
    // Given 01:30 on the day London's clocks jump from 01:00 GMT to 02:00 BST (2026-03-29)
    const resolved = zonedInstant('2026-03-29', '01:30', 'Europe/London');

    // Then it is read as 02:30 BST (Temporal's "compatible"), and the form learns it was moved
    expect(resolved).toEqual({ iso: '2026-03-29T02:30:00+01:00', shiftedFrom: '2026-03-29 01:30' });
    expect(Date.parse(resolved?.iso ?? '')).toBe(Date.parse('2026-03-29T01:30:00Z'));
  });

  it('takes the earlier of the two instants when clocks go back and a local time happens twice', () => {
    // Given 01:30 on 2026-10-25 in London, which happens at 00:30Z (BST) and again at 01:30Z (GMT)
    expect(zonedInstant('2026-10-25', '01:30', 'Europe/London')?.iso).toBe('2026-10-25T01:30:00+01:00');
    // And New York's repeated hour on 2026-11-01
    expect(zonedInstant('2026-11-01', '01:15', 'America/New_York')?.iso).toBe('2026-11-01T01:15:00-04:00');
  });

  it('answers both instants of a local time that happens twice, and none for other times', () => {
    expect(repeatedLocalTime('2026-10-25', '01:30', 'Europe/London')).toEqual({
      first: '2026-10-25T01:30:00+01:00',
      second: '2026-10-25T01:30:00+00:00',
    });
    expect(repeatedLocalTime('2026-10-25', '03:00', 'Europe/London')).toBeNull();
    expect(repeatedLocalTime('2026-03-29', '01:30', 'Europe/London')).toBeNull();
    expect(repeatedLocalTime('2026-10-25', '', 'Europe/London')).toBeNull();
  });

  it('follows southern-hemisphere DST (Sydney is on summer time in January)', () => {
    expect(zonedInstant('2027-01-15', '08:00', 'Australia/Sydney')?.iso).toBe('2027-01-15T08:00:00+11:00');
    expect(zonedInstant('2026-07-15', '08:00', 'Australia/Sydney')?.iso).toBe('2026-07-15T08:00:00+10:00');
  });

  it('answers null for an incomplete or impossible date or time, or an unknown zone', () => {
    expect(zonedInstant('', '10:00', 'Europe/London')).toBeNull();
    expect(zonedInstant('2026-11-24', '', 'Europe/London')).toBeNull();
    expect(zonedInstant('2026-02-30', '10:00', 'Europe/London')).toBeNull();
    expect(zonedInstant('2026-11-24', '24:00', 'Europe/London')).toBeNull();
    expect(zonedInstant('2026-11-24', '10:00', 'Mars/Olympus_Mons')).toBeNull();
  });

  it('always produces an instant whose wall clock in the zone is the chosen time, outside gaps', () => {
    // Every quarter hour across London's autumn change day reads back as itself
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const resolved = zonedInstant('2026-10-25', time, 'Europe/London');
      const epoch = Date.parse(resolved?.iso ?? '');
      const offset = offsetMinutesAt('Europe/London', epoch);
      const wall = new Date(epoch + offset * 60_000).toISOString().slice(11, 16);
      expect(wall).toBe(time);
    }
  });
});

describe('datetime-local values (the admin preview window) in a chosen time zone', () => {
  it.each([
    ['2026-11-25T10:00', 'Europe/London', '2026-11-25T10:00:00.000Z'],
    ['2026-07-01T10:00', 'Europe/London', '2026-07-01T09:00:00.000Z'],
    ['2026-11-25T10:00', 'America/New_York', '2026-11-25T15:00:00.000Z'],
    ['2026-11-25T10:00', 'Australia/Sydney', '2026-11-24T23:00:00.000Z'],
    // The first hour after the spring-forward change in New York (02:00 -> 03:00 on 8 March 2026).
    ['2026-03-08T03:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
  ])('given %s in %s, then the instant is %s', (local, zone, instant) => {
    expect(localDateTimeToInstant(local, zone)).toBe(instant);
  });

  it.each([
    ['25/11/2026 10:00', 'Europe/London'],
    ['2026-11-25T10:00', 'Mars/Olympus_Mons'],
    ['', 'Europe/London'],
  ])('given %p in %p, then there is no instant', (local, zone) => {
    expect(localDateTimeToInstant(local, zone)).toBeNull();
  });

  it('given an instant, then the wall time in a zone round-trips to the same instant', () => {
    const now = new Date('2026-11-24T15:42:00Z');

    const local = instantToLocalDateTime(now, 'Australia/Sydney');

    expect(local).toBe('2026-11-25T02:42');
    expect(localDateTimeToInstant(local, 'Australia/Sydney')).toBe(now.toISOString());
  });

  it('reads a skipped or repeated local time as the date and time inputs do', () => {
    // Given 01:30 on London's spring-forward day (skipped) and on its autumn day (happens twice)
    // Then each is the instant zonedInstant gives: moved forward by the gap, and the first of the two
    expect(localDateTimeToInstant('2026-03-29T01:30', 'Europe/London')).toBe('2026-03-29T01:30:00.000Z');
    expect(localDateTimeToInstant('2026-10-25T01:30', 'Europe/London')).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('localDateAndTimeOf: an instant as the date and time inputs show it in a zone', () => {
  it('gives the wall-clock date and time in that zone', () => {
    expect(localDateAndTimeOf('2026-11-01T05:30:00.000Z', 'America/New_York')).toEqual({
      date: '2026-11-01',
      time: '01:30',
    });
    expect(localDateAndTimeOf('2026-11-24T18:00:00Z', 'Europe/Berlin')).toEqual({
      date: '2026-11-24',
      time: '19:00',
    });
  });

  it('ignores an unreadable instant or an unknown zone instead of showing a wrong time', () => {
    expect(localDateAndTimeOf('not a date', 'UTC')).toBeNull();
    expect(localDateAndTimeOf('2026-11-24T18:00:00Z', 'Mars/Olympus')).toBeNull();
  });
});
