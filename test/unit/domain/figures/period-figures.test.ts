import {
  emptyWeekRollup,
  figuresOfFacts,
  figuresOfRollups,
  foldFact,
  SKETCHED,
  weekOfFact,
  type DecidedChangeFact,
  type DurationFigure,
  type FigureSummary,
  type PeriodFigures,
  type WeekRollup,
  type DurationSketch,
} from '../../../../src/domain/figures';
import { makeDecidedChangeFact, minutesAfter } from '../../../factories/make-decided-change-fact';

const MINUTE = 60_000;
const W10_MONDAY = '2026-03-02T09:00:00.000Z';
const W11_MONDAY = '2026-03-09T09:00:00.000Z';
const WEEKS = ['2026-W10', '2026-W11', '2026-W12'];

const priya = { accountId: 'acc-priya', displayName: 'Priya Nair' };
const sam = { accountId: 'acc-sam', displayName: 'Sam Rivera' };
const elena = { accountId: 'acc-elena', displayName: 'Elena Petrova' };

/** Six decided changes with known durations (minutes after routing): see each line. */
const FACTS: DecidedChangeFact[] = [
  // approved by Priya after 30 min, decided at 60
  makeDecidedChangeFact({ decisionMinutes: 60, firstAnswerMinutes: 30 }, { issueKey: 'CHG-1' }),
  // high risk, cab-security: Sam answers at 180, decided at 240
  makeDecidedChangeFact(
    { decisionMinutes: 240 },
    {
      issueKey: 'CHG-2',
      risk: 'high',
      groups: [{ groupId: 'g-security', name: 'cab-security', firstAnswerAt: minutesAfter(W10_MONDAY, 180) }],
      answers: [{ ...sam, at: minutesAfter(W10_MONDAY, 180) }],
    },
  ),
  // a low-risk standard change approved by silence after 600 min, nobody answered
  makeDecidedChangeFact(
    { decisionMinutes: 600, firstAnswerMinutes: null },
    { issueKey: 'CHG-3', changeType: 'standard', risk: 'low', decidedBy: 'silence' },
  ),
  // past its 16-hour agreement (960 min), escalated, declined at 1200; Priya answered at 1100
  makeDecidedChangeFact(
    { decisionMinutes: 1200, firstAnswerMinutes: 1100 },
    { issueKey: 'CHG-4', outcome: 'declined', escalated: true },
  ),
  // an emergency implemented at 10 min, approved retrospectively by Elena at 300, inside its 24 h deadline
  makeDecidedChangeFact(
    { decisionMinutes: 300 },
    {
      issueKey: 'CHG-5',
      changeType: 'emergency',
      risk: 'critical',
      decidedBy: 'retrospective',
      deadline: minutesAfter(W10_MONDAY, 30),
      groups: [{ groupId: 'g-ecab', name: 'ecab', firstAnswerAt: minutesAfter(W10_MONDAY, 300) }],
      answers: [{ ...elena, at: minutesAfter(W10_MONDAY, 300) }],
      breakGlass: {
        at: minutesAfter(W10_MONDAY, 10),
        retrospectiveDeadline: minutesAfter(W10_MONDAY, 24 * 60),
      },
    },
  ),
  // the next week: Priya at 45, decided at 90
  makeDecidedChangeFact(
    { decisionMinutes: 90, firstAnswerMinutes: 45, routedAt: W11_MONDAY },
    { issueKey: 'CHG-6' },
  ),
];

const minutes = (figure: DurationFigure) => ({
  samples: figure.samples,
  median: figure.medianMs === null ? null : figure.medianMs / MINUTE,
  p90: figure.p90Ms === null ? null : figure.p90Ms / MINUTE,
});

function rollupsOf(facts: readonly DecidedChangeFact[]): WeekRollup<DurationSketch>[] {
  const byWeek = new Map<string, WeekRollup<DurationSketch>>();
  for (const fact of facts) {
    const week = weekOfFact(fact);
    byWeek.set(week, foldFact(SKETCHED, byWeek.get(week) ?? emptyWeekRollup(SKETCHED, week), fact));
  }
  return [...byWeek.values()];
}

describe('figures of a period, exactly', () => {
  const figures = figuresOfFacts(FACTS, WEEKS);

  it('gives the median and 90th percentile of time to first response and to decision', () => {
    // decisions 60, 90, 240, 300, 600, 1200: rank 3 and rank 6; first answers 30, 45, 180, 300, 1100
    expect(minutes(figures.total.decision)).toEqual({ samples: 6, median: 240, p90: 1200 });
    expect(minutes(figures.total.firstResponse)).toEqual({ samples: 5, median: 180, p90: 1100 });
  });

  it('gives the shares decided in agreement, by silence, escalated and emergency', () => {
    expect(figures.total).toMatchObject({
      decided: 6,
      approved: 5,
      declined: 1,
      withinAgreementShare: 4 / 6,
      silenceShare: 1 / 6,
      escalatedShare: 1 / 6,
      emergencyShare: 1 / 6,
      breakGlass: 1,
      retrospective: { decided: 1, withinDeadlineShare: 1 },
    });
  });

  it('splits by change type and risk in their own order', () => {
    expect(figures.byChangeType.map((one) => one.key)).toEqual(['standard', 'normal', 'emergency']);
    const normal = figures.byChangeType.find((one) => one.key === 'normal');
    // 60, 90, 240, 1200: rank 2 and rank 4
    expect(minutes(normal?.summary.decision ?? { samples: 0, medianMs: null, p90Ms: null })).toEqual({
      samples: 4,
      median: 90,
      p90: 1200,
    });
    expect(figures.byRisk.map((one) => [one.key, one.summary.decided])).toEqual([
      ['low', 1],
      ['medium', 3],
      ['high', 1],
      ['critical', 1],
    ]);
  });

  it('splits by approver group and approver, busiest first, with their own first response', () => {
    expect(figures.byGroup.map((one) => [one.label, one.summary.decided])).toEqual([
      ['cab-payments', 4],
      ['cab-security', 1],
      ['ecab', 1],
    ]);
    const payments = figures.byGroup[0]?.summary;
    // cab-payments first answers: 30, 1100, 45 (CHG-3 by silence has none)
    expect(payments?.firstResponse.samples).toBe(3);
    expect((payments?.firstResponse.medianMs ?? 0) / MINUTE).toBe(45);
    const byPriya = figures.byApprover.find((one) => one.key === priya.accountId);
    expect(byPriya?.label).toBe('Priya Nair');
    expect(minutes(byPriya?.summary.firstResponse ?? { samples: 0, medianMs: null, p90Ms: null })).toEqual({
      samples: 3,
      median: 45,
      p90: 1100,
    });
  });

  it('gives a trend with one entry per ISO week of the period, empty weeks included', () => {
    expect(figures.trend.map((week) => [week.week, week.summary.decided])).toEqual([
      ['2026-W10', 5],
      ['2026-W11', 1],
      ['2026-W12', 0],
    ]);
    expect(figures.trend[2]?.summary.decision.medianMs).toBeNull();
    expect(figures.trend[2]?.summary.withinAgreementShare).toBeNull();
  });

  it('leaves out change requests decided outside the period', () => {
    expect(figuresOfFacts(FACTS, ['2026-W11']).total.decided).toBe(1);
  });
});

describe('figures of a period from weekly rollups', () => {
  it('agrees with the exact figures within the sketch bound, and counts the same', () => {
    const exact = figuresOfFacts(FACTS, WEEKS);
    const sketched = figuresOfRollups(SKETCHED, WEEKS, rollupsOf(FACTS));
    expect(sketched.precision).toEqual({ kind: 'sketch', relativeError: 0.02 });
    expectWithinBound(sketched, exact);
  });

  it('counts a change request once however often it is folded in', () => {
    const [first] = FACTS;
    if (first === undefined) throw new Error('no facts');
    const once = foldFact(SKETCHED, emptyWeekRollup(SKETCHED, '2026-W10'), first);
    expect(foldFact(SKETCHED, once, first)).toBe(once);
    expect(once.issueKeys).toEqual(['CHG-1']);
  });

  it('refuses to fold a change request into a week it was not decided in', () => {
    const [first] = FACTS;
    if (first === undefined) throw new Error('no facts');
    expect(() => foldFact(SKETCHED, emptyWeekRollup(SKETCHED, '2026-W11'), first)).toThrow(
      'CHG-1 was decided in 2026-W10, not in 2026-W11.',
    );
  });
});

function expectWithinBound(sketched: PeriodFigures, exact: PeriodFigures): void {
  const close = (a: number | null, b: number | null) => {
    expect(a === null).toBe(b === null);
    if (a !== null && b !== null) expect(Math.abs(a - b)).toBeLessThanOrEqual(0.02 * b + 1e-6);
  };
  const pairs: [FigureSummary, FigureSummary | undefined][] = [
    [sketched.total, exact.total],
    ...sketched.byApprover.map((one, i): [FigureSummary, FigureSummary | undefined] => [
      one.summary,
      exact.byApprover[i]?.summary,
    ]),
  ];
  for (const [s, e] of pairs) {
    if (e === undefined) throw new Error('dimension missing');
    expect(s.decided).toBe(e.decided);
    close(s.decision.medianMs, e.decision.medianMs);
    close(s.decision.p90Ms, e.decision.p90Ms);
    close(s.firstResponse.medianMs, e.firstResponse.medianMs);
    close(s.firstResponse.p90Ms, e.firstResponse.p90Ms);
    expect(s.withinAgreementShare).toBe(e.withinAgreementShare);
  }
}
