/** An in-memory FiguresRollupStore: what was kept and folded, and a switch that makes every week busy. */
import type { FiguresRollupStore, StoredWeekRollup } from '../../../../src/app/ports/figures-ports';
import type { DecidedChangeFact } from '../../../../src/domain/figures';

export class FakeFiguresStore implements FiguresRollupStore {
  readonly weeks = new Map<string, StoredWeekRollup>();
  readonly pending = new Map<string, DecidedChangeFact>();
  /** While true, every week is held by another writer. */
  busy = false;
  weekReads = 0;

  keepPending(fact: DecidedChangeFact) {
    this.pending.set(fact.issueKey, structuredClone(fact));
    return Promise.resolve();
  }
  listPending(limit: number) {
    return Promise.resolve(
      [...this.pending.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .slice(0, limit)
        .map(([, fact]) => structuredClone(fact)),
    );
  }
  updateWeek(
    week: string,
    fold: (current: StoredWeekRollup | undefined) => StoredWeekRollup,
    done: readonly string[],
  ) {
    if (this.busy) return Promise.resolve('busy' as const);
    this.weeks.set(week, structuredClone(fold(this.weeks.get(week))));
    for (const key of done) this.pending.delete(key);
    return Promise.resolve('written' as const);
  }
  readWeeks(weeks: readonly string[]) {
    this.weekReads += 1;
    return Promise.resolve(
      weeks.flatMap((week) => {
        const rollup = this.weeks.get(week);
        return rollup === undefined ? [] : [structuredClone(rollup)];
      }),
    );
  }
}
