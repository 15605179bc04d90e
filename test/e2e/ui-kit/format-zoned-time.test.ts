import { formatInstant, formatZonedWindow } from '../../../static/ui-kit/format-zoned-time';

const NOW = new Date('2026-11-20T09:00:00Z');
const GB = { timeZone: 'Europe/London', locale: 'en-GB' };

describe("formatZonedWindow: the window in the viewer's time zone", () => {
  it('reads a same-day window in the viewer zone, naming the zone', () => {
    // Given a window planned in London, viewed from London
    const window = { start: '2026-12-03T14:00:00Z', end: '2026-12-03T16:00:00Z', timeZone: 'Europe/London' };
    // Then it reads as one day, two times and the zone, with no "planned in"
    expect(formatZonedWindow(window, GB, NOW)).toEqual({
      text: 'Thu 3 Dec, 14:00 – 16:00 GMT',
      plannedIn: null,
    });
  });

  it('names the zone it was planned in when that is not the viewer zone', () => {
    // Given a window planned in New York (09:00-11:00 EST), viewed from London
    const window = {
      start: '2026-12-03T09:00:00-05:00',
      end: '2026-12-03T11:00:00-05:00',
      timeZone: 'America/New_York',
    };
    expect(formatZonedWindow(window, GB, NOW)).toEqual({
      text: 'Thu 3 Dec, 14:00 – 16:00 GMT',
      plannedIn: 'America/New_York',
    });
  });

  it('gives the end its own day when the window crosses midnight in the viewer zone', () => {
    const window = { start: '2026-12-03T22:00:00Z', end: '2026-12-04T01:30:00Z', timeZone: 'Europe/London' };
    expect(formatZonedWindow(window, GB, NOW).text).toBe('Thu 3 Dec, 22:00 – Fri 4 Dec, 01:30 GMT');
  });

  it('names both offsets when the clocks change inside the window', () => {
    // London's clocks go back at 02:00 BST on 2026-10-25
    const window = { start: '2026-10-24T23:30:00Z', end: '2026-10-25T03:00:00Z', timeZone: 'Europe/London' };
    expect(formatZonedWindow(window, GB, NOW).text).toBe('Sun 25 Oct, 00:30 BST – 03:00 GMT');
  });

  it('shows the year only when it is not this year', () => {
    const window = { start: '2027-01-05T10:00:00Z', end: '2027-01-05T11:00:00Z', timeZone: 'Europe/London' };
    expect(formatZonedWindow(window, GB, NOW).text).toBe('Tue, 5 Jan 2027, 10:00 – 11:00 GMT');
  });

  it('uses the locale of the viewer (12-hour clock in en-US) and their zone', () => {
    const window = { start: '2026-12-03T14:00:00Z', end: '2026-12-03T16:00:00Z', timeZone: 'Europe/London' };
    expect(formatZonedWindow(window, { timeZone: 'America/New_York', locale: 'en-US' }, NOW)).toEqual({
      text: 'Thu, Dec 3, 9:00 AM – 11:00 AM EST',
      plannedIn: 'Europe/London',
    });
  });

  it('shows values that are not instants as stored rather than nothing', () => {
    const window = { start: 'tomorrow', end: 'later', timeZone: 'Europe/London' };
    expect(formatZonedWindow(window, GB, NOW)).toEqual({ text: 'tomorrow – later', plannedIn: null });
  });
});

describe("formatInstant: one instant in the viewer's time zone", () => {
  it('reads the day and time in the viewer zone, naming the zone', () => {
    expect(formatInstant('2026-12-03T14:00:00Z', GB, NOW)).toBe('Thu 3 Dec, 14:00 GMT');
    expect(formatInstant('2026-07-01T09:05:00Z', GB, NOW)).toBe('Wed 1 Jul, 10:05 BST');
  });

  it('uses the viewer locale and zone, with the year only when it is not this year', () => {
    expect(
      formatInstant('2027-01-05T15:30:00Z', { timeZone: 'America/New_York', locale: 'en-US' }, NOW),
    ).toBe('Tue, Jan 5, 2027, 10:30 AM EST');
  });

  it('falls back to UTC for a zone it does not know, and shows text that is not an instant as it is', () => {
    expect(formatInstant('2026-12-03T14:00:00Z', { timeZone: 'Mars/Olympus', locale: 'en-GB' }, NOW)).toBe(
      'Thu 3 Dec, 14:00 UTC',
    );
    expect(formatInstant('soon', GB, NOW)).toBe('soon');
  });
});

describe('the zone named next to a time', () => {
  it('is the IANA zone where the locale has only an offset for it', () => {
    // en-GB has no short name for New York: "GMT-5" alone would not say whose clock it is
    expect(
      formatInstant('2026-12-03T14:00:00Z', { timeZone: 'America/New_York', locale: 'en-GB' }, NOW),
    ).toBe('Thu 3 Dec, 09:00 GMT-5 (America/New_York)');
    expect(
      formatZonedWindow(
        { start: '2026-12-03T14:00:00Z', end: '2026-12-03T16:00:00Z', timeZone: 'Asia/Kolkata' },
        { timeZone: 'Asia/Kolkata', locale: 'en-GB' },
        NOW,
      ).text,
    ).toBe('Thu 3 Dec, 19:30 – 21:30 GMT+5:30 (Asia/Kolkata)');
  });

  it('keeps a short name the locale has, and a fixed-offset Etc zone as its offset', () => {
    expect(formatInstant('2026-12-03T14:00:00Z', { timeZone: 'Europe/Berlin', locale: 'en-GB' }, NOW)).toBe(
      'Thu 3 Dec, 15:00 CET',
    );
    expect(formatInstant('2026-12-03T14:00:00Z', { timeZone: 'Etc/GMT-3', locale: 'en-GB' }, NOW)).toBe(
      'Thu 3 Dec, 17:00 GMT+3',
    );
  });
});
