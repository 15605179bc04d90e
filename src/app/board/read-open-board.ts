/** The open change requests of the ledger, each with its board state, as every board view starts from. */
import type { Policy } from '../../domain/policy';
import type { BoardState } from '../../shared/board-view-models';
import type { LedgerEntry } from '../ports/store-ports';
import { boardStateOf } from './board-change-view';
import type { BoardDeps } from './board-ports';

/** One page view reads at most this many rows (KVS pages of 100), well inside a resolver's 25 s. */
export const BOARD_READ_LIMIT = 500;
/** Approved change requests are read back this far (by their latest deadline) to find stale approvals. */
export const STALE_LOOKBACK_DAYS = 30;
const DAY_MS = 24 * 60 * 60_000;

export interface OpenEntry {
  entry: LedgerEntry;
  state: BoardState;
}

export interface OpenBoard {
  open: OpenEntry[];
  /** The policy the board is worded by (system names, calendars). */
  policy: Policy;
  truncated: boolean;
  now: Date;
}

export async function readOpenBoard(deps: BoardDeps): Promise<OpenBoard> {
  const now = deps.app.clock.now();
  const { policy } = await deps.app.policies.get();
  const { entries, truncated } = await deps.index.openEntries({
    approvedSince: new Date(now.getTime() - STALE_LOOKBACK_DAYS * DAY_MS),
    limit: BOARD_READ_LIMIT,
  });
  const open = entries.flatMap((entry) => {
    const state = boardStateOf(entry);
    return state === null ? [] : [{ entry, state }];
  });
  return { open, policy, truncated, now };
}
