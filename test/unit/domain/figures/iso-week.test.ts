import { isIsoWeek, isoWeekOf, isoWeeksOverlapping, isoWeekStartMs } from '../../../../src/domain/figures';

const at = (iso: string) => Date.parse(iso);

describe('ISO weeks in UTC', () => {
  it.each([
    ['2026-01-01T12:00:00Z', '2026-W01'], // a Thursday: the year's first week
    ['2025-12-29T00:00:00Z', '2026-W01'], // the Monday before it, still in 2025
    ['2025-12-28T23:59:59.999Z', '2025-W52'],
    ['2021-01-03T12:00:00Z', '2020-W53'], // a Sunday in a year with 53 weeks
    ['2024-12-30T00:00:00Z', '2025-W01'],
    ['2026-03-02T00:00:00Z', '2026-W10'],
    ['2026-03-08T23:59:59.999Z', '2026-W10'],
    ['2026-03-09T00:00:00Z', '2026-W11'],
  ])('puts %s in %s', (instant, week) => {
    expect(isoWeekOf(at(instant))).toBe(week);
  });

  it('reads a decision at 00:30 on Monday in Berlin as the week before, since weeks are UTC', () => {
    expect(isoWeekOf(at('2026-03-09T00:30:00+01:00'))).toBe('2026-W10');
  });

  it('starts a week on its Monday at 00:00 UTC', () => {
    expect(new Date(isoWeekStartMs('2026-W01') ?? 0).toISOString()).toBe('2025-12-29T00:00:00.000Z');
    expect(new Date(isoWeekStartMs('2020-W53') ?? 0).toISOString()).toBe('2020-12-28T00:00:00.000Z');
    expect(isoWeekStartMs('2026-13')).toBeNull();
  });

  it('knows which weeks exist', () => {
    expect(isIsoWeek('2020-W53')).toBe(true);
    expect(isIsoWeek('2026-W53')).toBe(true); // 2026 starts on a Thursday
    expect(isIsoWeek('2025-W53')).toBe(false);
    expect(isIsoWeek('2026-W00')).toBe(false);
  });

  it('lists the weeks a period overlaps, partial weeks at either end included', () => {
    expect(isoWeeksOverlapping(at('2026-03-04T00:00:00Z'), at('2026-03-17T00:00:00Z'))).toEqual([
      '2026-W10',
      '2026-W11',
      '2026-W12',
    ]);
    expect(isoWeeksOverlapping(at('2026-03-09T00:00:00Z'), at('2026-03-16T00:00:00Z'))).toEqual(['2026-W11']);
    expect(isoWeeksOverlapping(at('2025-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z'))).toHaveLength(53);
  });
});
