import {
  emptyWeekRollup,
  foldFact,
  SKETCHED,
  weekOfFact,
  type DecidedChangeFact,
  type IsoWeek,
} from '../../domain/figures';
import type { FiguresRollupStore } from '../ports/figures-ports';

export type FoldOutcome = 'counted' | 'already-counted' | 'pending';

/**
 * Folds facts of one week into its rollup and forgets them as pending. For each fact: 'counted' when this
 * fold counted it, 'already-counted' when the rollup had it (a retry, or another call folded it with its own), 'pending' when
 * the week was busy.
 */
export async function foldIntoWeek(
  store: FiguresRollupStore,
  week: IsoWeek,
  facts: readonly DecidedChangeFact[],
): Promise<Map<string, FoldOutcome>> {
  const outcomes = new Map<string, FoldOutcome>();
  const written = await store.updateWeek(
    week,
    (current) => {
      // Called again if the store has to retry: start from what it read each time.
      outcomes.clear();
      let rollup = current ?? emptyWeekRollup(SKETCHED, week);
      for (const fact of facts) {
        const next = foldFact(SKETCHED, rollup, fact);
        outcomes.set(fact.issueKey, next === rollup ? 'already-counted' : 'counted');
        rollup = next;
      }
      return rollup;
    },
    facts.map((fact) => fact.issueKey),
  );
  if (written === 'busy') return new Map(facts.map((fact) => [fact.issueKey, 'pending']));
  return outcomes;
}

/** Facts grouped by the week they were decided in. */
export function byWeek(facts: readonly DecidedChangeFact[]): Map<IsoWeek, DecidedChangeFact[]> {
  const weeks = new Map<IsoWeek, DecidedChangeFact[]>();
  for (const fact of facts) {
    const week = weekOfFact(fact);
    weeks.set(week, [...(weeks.get(week) ?? []), fact]);
  }
  return weeks;
}
