import { describeLocalTime } from '../../../static/cab-answers/window-preview';

describe('describeLocalTime: what a date and time in a zone means, said next to the input', () => {
  it('gives the instant with its offset', () => {
    expect(describeLocalTime('2026-07-01', '18:00', 'Europe/London')).toBe('2026-07-01 18:00 (UTC+01:00)');
    expect(describeLocalTime('2026-11-24', '18:00', 'Europe/London')).toBe('2026-11-24 18:00 (UTC)');
  });

  it('names a time the clocks skip, and where it lands', () => {
    expect(describeLocalTime('2026-03-29', '01:30', 'Europe/London')).toBe(
      '01:30 does not exist on 2026-03-29 in Europe/London (the clocks go forward), so it is read as 2026-03-29 02:30 (UTC+01:00).',
    );
  });

  it('names a time that happens twice, and which one is meant', () => {
    expect(describeLocalTime('2026-10-25', '01:30', 'Europe/London')).toBe(
      '01:30 happens twice on 2026-10-25 in Europe/London (the clocks go back); it is read as the first, 2026-10-25 01:30 (UTC+01:00), not the second (UTC).',
    );
  });

  it('says nothing while the date or time is incomplete', () => {
    expect(describeLocalTime('2026-10-25', '', 'Europe/London')).toBeNull();
  });
});
