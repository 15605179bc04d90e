/**
 * Counts in the figures the decisions made before the app kept rollups (an install upgraded from a version
 * without the board), a slice per hourly reconcile: the decided ledger rows by routing time from a kept
 * watermark, each week's rollup read once to skip what it counted already, the rest recorded as the
 * decision publisher would (record-decided-change.ts, idempotent per issue key). Once the scan reaches the
 * end it is marked done, and a run costs one KVS read.
 */
import { isoWeekOf } from '../../domain/shared/iso-week';
import type { AppDeps } from '../app-deps';
import type { LedgerScan } from '../ports/figures-ports';
import type { LedgerEntry } from '../ports/store-ports';
import { recordDecidedChange } from './record-decided-change';

/** Where the backfill stands: the routing time it reached, or that it is done. */
export interface BackfillProgress {
  routedFrom: number;
  done: boolean;
}

export interface BackfillProgressStore {
  read(): Promise<BackfillProgress | undefined>;
  save(progress: BackfillProgress): Promise<void>;
}

export interface BackfillReport {
  recorded: string[];
  alreadyCounted: number;
  done: boolean;
}

/** Decided rows looked at per run: a few hundred KVS calls at most, well inside a trigger's time. */
export const BACKFILL_ROWS_PER_RUN = 200;

export async function backfillFigures(
  deps: { app: AppDeps; ledgerScan: LedgerScan; progress: BackfillProgressStore },
  rowsPerRun = BACKFILL_ROWS_PER_RUN,
): Promise<BackfillReport> {
  const report: BackfillReport = { recorded: [], alreadyCounted: 0, done: false };
  const store = deps.app.figures;
  const progress = (await deps.progress.read()) ?? { routedFrom: 0, done: false };
  if (store === undefined || progress.done) return { ...report, done: progress.done };
  const until = deps.app.clock.now().getTime();
  const rows: LedgerEntry[] = [];
  let cursor: string | undefined;
  let reachedEnd = false;
  do {
    const page = await deps.ledgerScan.page(
      { statuses: ['approved', 'declined'], routedFrom: progress.routedFrom, routedUntil: until },
      cursor,
    );
    rows.push(...page.entries.filter((entry) => entry.decision !== null));
    cursor = page.nextCursor;
    reachedEnd = cursor === undefined;
  } while (!reachedEnd && rows.length < rowsPerRun);
  const slice = rows.slice(0, rowsPerRun);
  const weeks = [...new Set(slice.map((entry) => isoWeekOf(Date.parse(entry.decision?.at ?? ''))))];
  const counted = new Set((await store.readWeeks(weeks)).flatMap((week) => week.issueKeys));
  for (const entry of slice) {
    if (counted.has(entry.issueKey)) {
      report.alreadyCounted += 1;
      continue;
    }
    await recordDecidedChange(deps.app, entry, await deps.app.ledger.listAnswers(entry.issueKey));
    report.recorded.push(entry.issueKey);
  }
  const last = slice.at(-1);
  // Rows routed in the same millisecond as the last one are looked at again next time (counted: skipped).
  const next: BackfillProgress =
    reachedEnd && rows.length <= rowsPerRun
      ? { routedFrom: until, done: true }
      : { routedFrom: last === undefined ? progress.routedFrom : Date.parse(last.routedAt), done: false };
  await deps.progress.save(next);
  return { ...report, done: next.done };
}
