import { kvs, WhereConditions } from '@forge/kvs';
import type { AwaitingApprovalIndex, AwaitingApprovalPage } from '../../app/ports/sweep-ports';
import { ENTITIES } from './storage-keys';

interface LedgerIndexRow {
  issueKey: string;
  nextDueAt?: number;
}

/** Entity queries answer at most 100 rows a page (docs/platform-assumptions.md); the cursor carries on. */
const PAGE_SIZE = 50;
const AWAITING = ['awaiting-approval'];

function pageOf(page: {
  results: { value: LedgerIndexRow }[];
  nextCursor?: string | undefined;
}): AwaitingApprovalPage {
  const rows = page.results.map((result) => result.value);
  return {
    issueKeys: rows.map((row) => row.issueKey),
    unindexed: rows.filter((row) => row.nextDueAt === undefined).map((row) => row.issueKey),
    nextCursor: page.nextCursor,
  };
}

/**
 * The CRs still waiting for approval (manifest.yml, `cr-ledger`): `by-next-due` gives the deadline sweep
 * only those with something due by now, earliest first; `by-status-deadline` gives the hourly reconcile all.
 */
export const awaitingApprovalIndex: AwaitingApprovalIndex = {
  async due(now, cursor) {
    const query = kvs
      .entity<LedgerIndexRow>(ENTITIES.ledger)
      .query()
      .index('by-next-due', { partition: AWAITING })
      .where(WhereConditions.lessThanEqualTo(now.getTime()))
      .limit(PAGE_SIZE);
    return pageOf(await (cursor === undefined ? query : query.cursor(cursor)).getMany());
  },
  async page(cursor) {
    const query = kvs
      .entity<LedgerIndexRow>(ENTITIES.ledger)
      .query()
      .index('by-status-deadline', { partition: AWAITING })
      .limit(PAGE_SIZE);
    return pageOf(await (cursor === undefined ? query : query.cursor(cursor)).getMany());
  },
};
