import { formatDisplayTime, formatDisplayWindow, zoneLabel } from '../../../../src/domain/decision-record';

describe('formatDisplayTime: an instant as people read it, in the zone chosen, naming it', () => {
  it('gives the day, date, year and time with the zone short name', () => {
    expect(formatDisplayTime('2026-11-20T14:02:00Z', 'Europe/London')).toBe('Fri 20 Nov 2026, 14:02 GMT');
    expect(formatDisplayTime('2026-07-01T14:00:00Z', 'Europe/London')).toBe('Wed 1 Jul 2026, 15:00 BST');
    expect(formatDisplayTime('2026-11-20T14:02:00Z', 'Europe/Berlin')).toBe('Fri 20 Nov 2026, 15:02 CET');
  });

  it('names the IANA zone where the zone has no short name, only an offset', () => {
    expect(formatDisplayTime('2026-11-20T03:05:00Z', 'America/New_York')).toBe(
      'Thu 19 Nov 2026, 22:05 GMT-5 (America/New_York)',
    );
    expect(formatDisplayTime('2026-11-20T03:05:00Z', 'Asia/Kolkata')).toBe(
      'Fri 20 Nov 2026, 08:35 GMT+5:30 (Asia/Kolkata)',
    );
  });

  it('shows text that is not an instant as it is', () => {
    expect(formatDisplayTime('soon', 'Europe/London')).toBe('soon');
  });
});

describe('formatDisplayWindow: a window in one zone', () => {
  it('reads a same-day window as one day and two times', () => {
    expect(formatDisplayWindow('2026-12-03T14:00:00Z', '2026-12-03T16:00:00Z', 'Europe/London')).toBe(
      'Thu 3 Dec 2026, 14:00 – 16:00 GMT',
    );
  });

  it('gives the end its own day across midnight, and both zone names across a clock change', () => {
    expect(formatDisplayWindow('2026-12-03T22:00:00Z', '2026-12-04T01:30:00Z', 'Europe/London')).toBe(
      'Thu 3 Dec 2026, 22:00 – Fri 4 Dec 2026, 01:30 GMT',
    );
    expect(formatDisplayWindow('2026-10-24T23:30:00Z', '2026-10-25T03:00:00Z', 'Europe/London')).toBe(
      'Sun 25 Oct 2026, 00:30 BST – 03:00 GMT',
    );
  });
});

describe('zoneLabel', () => {
  it('keeps a real short name, and an Etc offset zone as its offset', () => {
    expect(zoneLabel('GMT', 'Europe/London')).toBe('GMT');
    expect(zoneLabel('UTC', 'UTC')).toBe('UTC');
    expect(zoneLabel('GMT+3', 'Etc/GMT-3')).toBe('GMT+3');
    expect(zoneLabel('GMT-3', 'America/Sao_Paulo')).toBe('GMT-3 (America/Sao_Paulo)');
  });
});
