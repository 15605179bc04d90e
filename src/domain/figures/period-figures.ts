import { CHANGE_TYPES } from '../change-request/change-request-fields';
import { SEVERITY_LEVELS } from '../shared/severity-level';
import type { DecidedChangeFact } from './decided-change-fact';
import { EXACT, type DurationSummary, type FiguresPrecision } from './duration-summary';
import { emptyTally, mergeTallies, type FigureTally } from './figure-tally';
import type { IsoWeek } from '../shared/iso-week';
import {
  emptyWeekRollup,
  foldFact,
  mergeDimensionTallies,
  weekOfFact,
  type DimensionTally,
  type WeekRollup,
} from './week-rollup';

export interface DurationFigure {
  /** How many change requests had such a duration (silence has no first response). */
  readonly samples: number;
  readonly medianMs: number | null;
  readonly p90Ms: number | null;
}

/** The figures of a set of decided change requests. Shares are 0..1, null when nothing was decided. */
export interface FigureSummary {
  readonly decided: number;
  readonly approved: number;
  readonly declined: number;
  readonly firstResponse: DurationFigure;
  readonly decision: DurationFigure;
  readonly withinAgreementShare: number | null;
  readonly silenceShare: number | null;
  /** Share whose clock ran out and was escalated (the overdue rate). */
  readonly escalatedShare: number | null;
  readonly emergencyShare: number | null;
  readonly breakGlass: number;
  readonly retrospective: { readonly decided: number; readonly withinDeadlineShare: number | null };
}

export interface DimensionFigure {
  readonly key: string;
  readonly label: string;
  readonly summary: FigureSummary;
}

export interface WeekFigure {
  readonly week: IsoWeek;
  readonly summary: FigureSummary;
}

export interface PeriodFigures {
  readonly precision: FiguresPrecision;
  readonly weeks: readonly IsoWeek[];
  readonly total: FigureSummary;
  readonly byChangeType: readonly DimensionFigure[];
  readonly byRisk: readonly DimensionFigure[];
  readonly byGroup: readonly DimensionFigure[];
  readonly byApprover: readonly DimensionFigure[];
  /** One entry per week of the period, empty weeks included, so a trend line has no gaps. */
  readonly trend: readonly WeekFigure[];
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function summariseTally<D>(summary: DurationSummary<D>, tally: FigureTally<D>): FigureSummary {
  const duration = (durations: D): DurationFigure => ({
    samples: summary.count(durations),
    medianMs: summary.quantile(durations, 0.5),
    p90Ms: summary.quantile(durations, 0.9),
  });
  return {
    decided: tally.decided,
    approved: tally.approved,
    declined: tally.declined,
    firstResponse: duration(tally.firstResponse),
    decision: duration(tally.decision),
    withinAgreementShare: share(tally.withinAgreement, tally.decided),
    silenceShare: share(tally.bySilence, tally.decided),
    escalatedShare: share(tally.escalated, tally.decided),
    emergencyShare: share(tally.emergency, tally.decided),
    breakGlass: tally.breakGlass,
    retrospective: {
      decided: tally.retrospective,
      withinDeadlineShare: share(tally.retrospectiveInTime, tally.retrospective),
    },
  };
}

/** The period's figures from its weeks' rollups; a week without a rollup had no decision. */
export function figuresOfRollups<D>(
  summary: DurationSummary<D>,
  weeks: readonly IsoWeek[],
  rollups: readonly WeekRollup<D>[],
): PeriodFigures {
  const inPeriod = weeks.map(
    (week) => rollups.find((rollup) => rollup.week === week) ?? emptyWeekRollup(summary, week),
  );
  const total = inPeriod.reduce((sum, rollup) => mergeTallies(summary, sum, rollup.all), emptyTally(summary));
  const dimension = (
    pick: (rollup: WeekRollup<D>) => readonly DimensionTally<D>[],
    order: (a: DimensionTally<D>, b: DimensionTally<D>) => number,
  ) =>
    mergeDimensionTallies(summary, inPeriod.map(pick))
      .sort(order)
      .map((one) => ({ key: one.key, label: one.label, summary: summariseTally(summary, one.tally) }));
  return {
    precision: summary.precision,
    weeks: [...weeks],
    total: summariseTally(summary, total),
    byChangeType: dimension((rollup) => rollup.byChangeType, inOrderOf(CHANGE_TYPES)),
    byRisk: dimension((rollup) => rollup.byRisk, inOrderOf(SEVERITY_LEVELS)),
    byGroup: dimension((rollup) => rollup.byGroup, busiestFirst),
    byApprover: dimension((rollup) => rollup.byApprover, busiestFirst),
    trend: inPeriod.map((rollup) => ({ week: rollup.week, summary: summariseTally(summary, rollup.all) })),
  };
}

/** The same figures computed exactly from every decided change request (a scan of the ledger). */
export function figuresOfFacts(
  facts: readonly DecidedChangeFact[],
  weeks: readonly IsoWeek[],
): PeriodFigures {
  const rollups = new Map(weeks.map((week) => [week, emptyWeekRollup(EXACT, week)]));
  for (const fact of facts) {
    const rollup = rollups.get(weekOfFact(fact));
    if (rollup !== undefined) rollups.set(rollup.week, foldFact(EXACT, rollup, fact));
  }
  return figuresOfRollups(EXACT, weeks, [...rollups.values()]);
}

function inOrderOf(order: readonly string[]) {
  return <T extends { key: string }>(a: T, b: T) => order.indexOf(a.key) - order.indexOf(b.key);
}

function busiestFirst<D>(a: DimensionTally<D>, b: DimensionTally<D>): number {
  return b.tally.decided - a.tally.decided || a.label.localeCompare(b.label);
}
