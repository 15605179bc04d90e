import { describeLocalTime } from '../../../static/cab-answers/window-preview';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('describeLocalTime: what a date and time in a zone means, said next to the input', () => {
  it('gives the instant in words, naming the zone as it is then', () => {
    expect(describeLocalTime('2026-07-01', '18:00', 'Europe/London', NOW)).toBe('Wed 1 Jul, 18:00 BST');
    expect(describeLocalTime('2026-11-24', '18:00', 'Europe/London', NOW)).toBe('Tue 24 Nov, 18:00 GMT');
  });

  it('gives the year when it is not this one, and the IANA zone where the zone has no short name', () => {
    expect(describeLocalTime('2027-10-25', '01:30', 'America/Sao_Paulo', NOW)).toBe(
      'Mon, 25 Oct 2027, 01:30 GMT-3 (America/Sao_Paulo)',
    );
  });

  it('names a time the clocks skip, and where it lands', () => {
    expect(describeLocalTime('2026-03-29', '01:30', 'Europe/London', NOW)).toBe(
      '01:30 does not exist on Sun 29 Mar in Europe/London (the clocks go forward), so it is read as Sun 29 Mar, 02:30 BST.',
    );
  });

  it('names a time that happens twice, and which one is meant', () => {
    expect(describeLocalTime('2026-10-25', '01:30', 'Europe/London', NOW)).toBe(
      '01:30 happens twice on Sun 25 Oct in Europe/London (the clocks go back); it is read as the first, Sun 25 Oct, 01:30 BST, not the second, Sun 25 Oct, 01:30 GMT.',
    );
  });

  it('says nothing while the date or time is incomplete', () => {
    expect(describeLocalTime('2026-10-25', '', 'Europe/London')).toBeNull();
  });
});
