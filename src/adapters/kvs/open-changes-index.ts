/**
 * The board's read of the ledger (manifest.yml `cr-ledger`, index `by-status-deadline`: partition status,
 * range deadlineAt): one query per open status, earliest deadline first, paged 100 rows at a time (entity
 * queries answer at most 100 a page, docs/platform-assumptions.md). Each row carries the whole entry, so the
 * board reads nothing per change request. Read-only: the ledger repository stays the one writer.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import type { OpenChangesIndex } from '../../app/board/board-ports';
import type { LedgerEntry, LedgerStatus } from '../../app/ports/store-ports';
import { ledgerEntryOf, type LedgerRow } from './ledger-repository';
import { ENTITIES } from './storage-keys';

const PAGE_SIZE = 100;
const OPEN_STATUSES: LedgerStatus[] = [
  'awaiting-approval',
  'implemented-before-approval',
  'waiting-for-answers',
  'needs-attention',
];

async function readPartition(
  status: LedgerStatus,
  since: number | undefined,
  room: number,
): Promise<{ entries: LedgerEntry[]; more: boolean }> {
  const entries: LedgerEntry[] = [];
  let cursor: string | undefined;
  do {
    const base = kvs
      .entity<LedgerRow>(ENTITIES.ledger)
      .query()
      .index('by-status-deadline', { partition: [status] });
    const ranged = since === undefined ? base : base.where(WhereConditions.greaterThanEqualTo(since));
    const query = ranged.limit(Math.min(PAGE_SIZE, room - entries.length));
    const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany();
    entries.push(...page.results.map((result) => ledgerEntryOf(result.value)));
    cursor = page.nextCursor;
  } while (cursor !== undefined && entries.length < room);
  return { entries, more: cursor !== undefined };
}

export const openChangesIndex: OpenChangesIndex = {
  async openEntries({ approvedSince, limit }) {
    const entries: LedgerEntry[] = [];
    let truncated = false;
    const partitions: [LedgerStatus, number | undefined][] = [
      ...OPEN_STATUSES.map((status): [LedgerStatus, undefined] => [status, undefined]),
      // Approved ones only for their stale approvals: those whose latest deadline is recent enough.
      ['approved', approvedSince.getTime()],
    ];
    for (const [status, since] of partitions) {
      const room = limit - entries.length;
      if (room <= 0) {
        truncated = true;
        break;
      }
      const read = await readPartition(status, since, room);
      entries.push(...read.entries);
      truncated ||= read.more;
    }
    return { entries, truncated };
  },
};
