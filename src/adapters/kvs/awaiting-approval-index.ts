import { kvs } from '@forge/kvs';
import type { AwaitingApprovalIndex } from '../../app/ports/sweep-ports';
import { ENTITIES } from './storage-keys';

interface LedgerIndexRow {
  issueKey: string;
}

/** Entity queries answer at most 100 rows a page (forge-platform.md §3); the cursor carries on. */
const PAGE_SIZE = 50;

/**
 * The CRs still waiting for approval: the 'awaiting-approval' partition of `by-status-deadline`
 * (manifest.yml), earliest deadline first. Reminders fall before the deadline, so the whole partition is read.
 */
export const awaitingApprovalIndex: AwaitingApprovalIndex = {
  async page(cursor) {
    const query = kvs
      .entity<LedgerIndexRow>(ENTITIES.ledger)
      .query()
      .index('by-status-deadline', { partition: ['awaiting-approval'] })
      .limit(PAGE_SIZE);
    const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany();
    return { issueKeys: page.results.map((result) => result.value.issueKey), nextCursor: page.nextCursor };
  },
};
