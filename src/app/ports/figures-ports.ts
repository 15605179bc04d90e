/** What the board's figures, calendar and audit export read and keep (src/app/figures); adapters in src/adapters. */
import type { DecidedChangeFact, DurationSketch, IsoWeek, WeekRollup } from '../../domain/figures';
import type { LedgerEntry, LedgerStatus } from './store-ports';

/** A week's rollup as stored: durations as sketches (src/domain/figures/duration-sketch.ts). */
export type StoredWeekRollup = WeekRollup<DurationSketch>;

/**
 * The figures kept up to date as decisions happen, one rollup per ISO week (adapter:
 * src/adapters/kvs/figures-rollup-store.ts). A decided change request is first kept as a pending fact,
 * then folded into its week by one writer at a time; a fact left pending (the week was busy, the
 * invocation died) is folded by the next call that records a decision.
 */
export interface FiguresRollupStore {
  /** Keeps the fact until it is folded; keeping the same change request again replaces it. */
  keepPending(fact: DecidedChangeFact): Promise<void>;
  /** Facts kept and not folded yet, oldest keys first, at most `limit`. */
  listPending(limit: number): Promise<DecidedChangeFact[]>;
  /**
   * Reads the week's rollup, applies `fold` and writes the result, with no other writer of that week in
   * between, then forgets the pending facts of `done`. 'busy' when another writer held the week all along
   * (nothing written; the facts stay pending).
   */
  updateWeek(
    week: IsoWeek,
    fold: (current: StoredWeekRollup | undefined) => StoredWeekRollup,
    done: readonly string[],
  ): Promise<'written' | 'busy'>;
  /** The rollups of these weeks that exist (a week without one had no decision). */
  readWeeks(weeks: readonly IsoWeek[]): Promise<StoredWeekRollup[]>;
}

export interface LedgerScanQuery {
  statuses: readonly LedgerStatus[];
  /** Epoch ms bounds on `routedAt`, inclusive; leave `routedFrom` out for "since the start". */
  routedFrom?: number;
  routedUntil: number;
}

export interface LedgerScanPage {
  entries: LedgerEntry[];
  /** Absent on the last page. A page may be short, or empty, and still have a next one. */
  nextCursor: string | undefined;
}

/**
 * Ledger entries by status and routing time, a page (at most 100 rows) at a time, over the `cr-ledger`
 * entity's `by-routed` index (manifest.yml; adapter: src/adapters/kvs/ledger-scan.ts).
 */
export interface LedgerScan {
  page(query: LedgerScanQuery, cursor?: string): Promise<LedgerScanPage>;
}

/** The Jira facts of an issue the ledger does not keep. */
export interface IssueFacts {
  createdAt: string;
  reporter: { accountId: string; displayName: string } | null;
}

/** Reads issues' Jira facts in bulk, as the app (one search per up to 100 keys; adapter: src/adapters/figures). */
export interface IssueFactsPort {
  factsOf(issueKeys: readonly string[]): Promise<Map<string, IssueFacts>>;
}
