import { Filter, FilterConditions, kvs, WhereConditions } from '@forge/kvs';
import type { LedgerScan } from '../../app/ports/figures-ports';
import type { LedgerEntry } from '../../app/ports/store-ports';
import { type LedgerRow } from './ledger-repository';
import { ENTITIES } from './storage-keys';

/** Entity queries answer at most 100 rows a page (docs/platform-assumptions.md). */
const PAGE_SIZE = 100;

/**
 * Ledger entries by status and routing time over the `cr-ledger` entity's `by-routed` index (manifest.yml,
 * range `routedAt`), the status as a filter on its typed attribute. The filter is applied after the index
 * has yielded its page, so a page can be short or empty and still have a cursor (entities-api-query).
 */
export const ledgerScan: LedgerScan = {
  async page(query, cursor) {
    const range =
      query.routedFrom === undefined
        ? WhereConditions.lessThanEqualTo(query.routedUntil)
        : WhereConditions.between(query.routedFrom, query.routedUntil);
    const [first, ...others] = query.statuses;
    if (first === undefined) return { entries: [], nextCursor: undefined };
    // `Filter.or` starts a new builder; only the builder's own `or` adds to it.
    const statuses = others.reduce(
      (filter, status) => filter.or('status', FilterConditions.equalTo(status)),
      new Filter<LedgerRow>().or('status', FilterConditions.equalTo(first)),
    );
    const built = kvs
      .entity<LedgerRow>(ENTITIES.ledger)
      .query()
      .index('by-routed')
      .where(range)
      .filters(statuses)
      .limit(PAGE_SIZE);
    const page = await (cursor === undefined ? built : built.cursor(cursor)).getMany();
    return {
      entries: page.results.flatMap((result) => entryOf(result.value)),
      nextCursor: page.nextCursor,
    };
  },
};

/** Rows this app wrote from a LedgerEntry; a row without the basic shape is skipped, not fatal. */
function entryOf(row: LedgerRow): LedgerEntry[] {
  const entry = row.entry;
  if (typeof entry !== 'object' || entry === null || !('issueKey' in entry) || !('decision' in entry))
    return [];
  // Stored by ledger-repository.ts from a LedgerEntry, read back as that shape (as it does itself).
  return [entry as LedgerEntry];
}
