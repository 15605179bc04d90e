import { kvs, WhereConditions } from '@forge/kvs';
import type { RetrospectiveIndex } from '../../app/ports/emergency-ports';
import { ENTITIES } from './storage-keys';

interface LedgerIndexRow {
  issueKey: string;
}

/**
 * Break-glass CRs sit in their own `status` partition of `by-status-deadline` (manifest.yml), with the
 * retrospective deadline as `deadlineAt`, so the overdue ones are one range query (docs/platform-assumptions.md).
 */
export const retrospectiveIndex: RetrospectiveIndex = {
  async overdue(nowMs) {
    const keys: string[] = [];
    let cursor: string | undefined;
    do {
      const query = kvs
        .entity<LedgerIndexRow>(ENTITIES.ledger)
        .query()
        .index('by-status-deadline', { partition: ['implemented-before-approval'] })
        .where(WhereConditions.lessThanEqualTo(nowMs))
        .limit(100);
      const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany();
      keys.push(...page.results.map((result) => result.value.issueKey));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return keys;
  },
};
