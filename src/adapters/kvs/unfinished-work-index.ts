/**
 * The CRs with steps begun and not all done (src/app/lifecycle/unfinished-work.ts): one KVS key each, kept
 * by the ledger's writes (ledger-repository.ts), read a page at a time by the hourly reconcile. Values are
 * checked on the way out like any stored data; one that does not parse is skipped, not fatal.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { UnfinishedWork, UnfinishedWorkIndex } from '../../app/ports/sweep-ports';
import { KEYS } from './storage-keys';

const UnfinishedWorkSchema = z.object({
  issueKey: z.string(),
  parts: z.array(z.enum(['routing', 'publishing', 'review'])),
  pending: z.array(z.string()),
  since: z.string(),
  givenUp: z.boolean(),
});

/** Keys per page; the cursor carries on. */
const PAGE_SIZE = 50;

export const unfinishedWorkIndex: UnfinishedWorkIndex = {
  async page(cursor) {
    let query = kvs.query().where('key', WhereConditions.beginsWith(KEYS.unfinishedPrefix)).limit(PAGE_SIZE);
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany();
    return {
      items: page.results.flatMap((result): UnfinishedWork[] => {
        const parsed = UnfinishedWorkSchema.safeParse(result.value);
        return parsed.success ? [parsed.data] : [];
      }),
      nextCursor: page.nextCursor,
    };
  },
};
