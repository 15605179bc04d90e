import { backfillFigures, type BackfillProgress } from '../../../../src/app/figures/backfill-figures';
import type { LedgerScan } from '../../../../src/app/ports/figures-ports';
import type { LedgerEntry } from '../../../../src/app/ports/store-ports';
import { makeLedgerEntry } from '../../../factories/make-ledger-entry';
import { inMemoryAppDeps } from '../fakes/in-memory-app-deps';
import { FakeFiguresStore } from '../fakes/in-memory-figures-store';

/** Seven decided change requests routed an hour apart, in a ledger scanned two rows a page. */
const decided: LedgerEntry[] = Array.from({ length: 7 }, (_, i) =>
  makeLedgerEntry(`CHG-${String(i + 1)}`, {
    routedAt: new Date(Date.UTC(2026, 10, 23, 9 + i)).toISOString(),
    decidedAt: new Date(Date.UTC(2026, 10, 23, 12 + i)).toISOString(),
  }),
);
const scan: LedgerScan = {
  page(query, cursor) {
    const from = Number(cursor ?? '0');
    const rows = decided.filter(
      (entry) =>
        query.statuses.includes(entry.status) &&
        Date.parse(entry.routedAt) >= (query.routedFrom ?? 0) &&
        Date.parse(entry.routedAt) <= query.routedUntil,
    );
    const next = from + 2;
    return Promise.resolve({
      entries: rows.slice(from, next),
      nextCursor: next < rows.length ? String(next) : undefined,
    });
  },
};

describe('backfilling the figures', () => {
  it('counts the decided change requests a slice per run, each once, then stops looking', async () => {
    const fakes = inMemoryAppDeps();
    const figures = new FakeFiguresStore();
    fakes.deps.figures = figures;
    let kept: BackfillProgress | undefined;
    const progress = {
      read: () => Promise.resolve(kept),
      save: (next: BackfillProgress) => {
        kept = next;
        return Promise.resolve();
      },
    };
    const run = () => backfillFigures({ app: fakes.deps, ledgerScan: scan, progress }, 3);

    const first = await run();
    const second = await run();
    const third = await run();
    const fourth = await run();

    expect(first).toMatchObject({ recorded: ['CHG-1', 'CHG-2', 'CHG-3'], done: false });
    // The last row of a slice is read again by the next one (same routing time): counted, so skipped
    expect(second).toMatchObject({ recorded: ['CHG-4', 'CHG-5'], alreadyCounted: 1, done: false });
    expect(third).toMatchObject({ recorded: ['CHG-6', 'CHG-7'], done: true });
    expect(fourth).toEqual({ recorded: [], alreadyCounted: 0, done: true });
    const counted = [...figures.weeks.values()].flatMap((week) => week.issueKeys);
    expect(counted.sort()).toEqual(decided.map((entry) => entry.issueKey).sort());
  });
});
