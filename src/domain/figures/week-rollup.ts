import type { DecidedChangeFact } from './decided-change-fact';
import type { DurationSummary } from './duration-summary';
import { addToTally, emptyTally, mergeTallies, type FigureTally } from './figure-tally';
import { isoWeekOf, type IsoWeek } from '../shared/iso-week';
import { samplesOfFact, type KeyedSample } from './samples-of-fact';

/** The tally of one dimension value, e.g. the group cab-payments; `label` is its latest name. */
export interface DimensionTally<D> {
  readonly key: string;
  readonly label: string;
  readonly tally: FigureTally<D>;
}

export interface DimensionTallies<D> {
  readonly byChangeType: readonly DimensionTally<D>[];
  readonly byRisk: readonly DimensionTally<D>[];
  readonly byGroup: readonly DimensionTally<D>[];
  readonly byApprover: readonly DimensionTally<D>[];
}

/**
 * The change requests decided in one ISO week (UTC), tallied overall and per dimension value. It lists the
 * issue keys it counted, so folding the same change request in again changes nothing (a retried call of
 * the decision publisher counts once).
 */
export interface WeekRollup<D> extends DimensionTallies<D> {
  readonly week: IsoWeek;
  readonly issueKeys: readonly string[];
  readonly all: FigureTally<D>;
}

export function emptyWeekRollup<D>(summary: DurationSummary<D>, week: IsoWeek): WeekRollup<D> {
  return {
    week,
    issueKeys: [],
    all: emptyTally(summary),
    byChangeType: [],
    byRisk: [],
    byGroup: [],
    byApprover: [],
  };
}

export function weekOfFact(fact: DecidedChangeFact): IsoWeek {
  return isoWeekOf(Date.parse(fact.decidedAt));
}

/** Counts the fact in its week's rollup; the same rollup when it was counted already. */
export function foldFact<D>(
  summary: DurationSummary<D>,
  rollup: WeekRollup<D>,
  fact: DecidedChangeFact,
): WeekRollup<D> {
  const week = weekOfFact(fact);
  if (week !== rollup.week) {
    throw new RangeError(`${fact.issueKey} was decided in ${week}, not in ${rollup.week}.`);
  }
  if (rollup.issueKeys.includes(fact.issueKey)) return rollup;
  const samples = samplesOfFact(fact);
  const add = (tallies: readonly DimensionTally<D>[], keyed: readonly KeyedSample[]) =>
    keyed.reduce((list, one) => withSample(summary, list, one), tallies);
  return {
    week,
    issueKeys: [...rollup.issueKeys, fact.issueKey],
    all: addToTally(summary, rollup.all, samples.change),
    byChangeType: add(rollup.byChangeType, [samples.changeType]),
    byRisk: add(rollup.byRisk, [samples.risk]),
    byGroup: add(rollup.byGroup, samples.groups),
    byApprover: add(rollup.byApprover, samples.approvers),
  };
}

function withSample<D>(
  summary: DurationSummary<D>,
  tallies: readonly DimensionTally<D>[],
  keyed: KeyedSample,
): DimensionTally<D>[] {
  const found = tallies.some((tally) => tally.key === keyed.key);
  const added = found
    ? tallies
    : [...tallies, { key: keyed.key, label: keyed.label, tally: emptyTally(summary) }];
  return added.map((tally) =>
    tally.key === keyed.key
      ? { key: tally.key, label: keyed.label, tally: addToTally(summary, tally.tally, keyed.sample) }
      : tally,
  );
}

/** Several weeks' dimension tallies as one: the tallies of a dimension value added together. */
export function mergeDimensionTallies<D>(
  summary: DurationSummary<D>,
  lists: readonly (readonly DimensionTally<D>[])[],
): DimensionTally<D>[] {
  const merged = new Map<string, DimensionTally<D>>();
  for (const list of lists) {
    for (const one of list) {
      const before = merged.get(one.key);
      merged.set(
        one.key,
        before === undefined
          ? one
          : { key: one.key, label: one.label, tally: mergeTallies(summary, before.tally, one.tally) },
      );
    }
  }
  return [...merged.values()];
}
