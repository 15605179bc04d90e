import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { SweepStore } from '../../app/ports/sweep-ports';
import { KEYS } from './storage-keys';

const SweepStateSchema = z.object({
  reminders: z.array(
    z.object({ accountId: z.string(), displayName: z.string(), groupId: z.string(), at: z.string() }),
  ),
  handled: z.array(z.string()),
});

const ObjectionSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  at: z.string(),
  reason: z.string(),
});

/** Sweep bookkeeping and objections in KVS (keys in storage-keys.ts); validated on the way out. */
export const sweepStore: SweepStore = {
  async state(issueKey) {
    const stored: unknown = await kvs.get(KEYS.sweepState(issueKey));
    return stored === undefined ? { reminders: [], handled: [] } : SweepStateSchema.parse(stored);
  },
  async saveState(issueKey, state) {
    await kvs.set(KEYS.sweepState(issueKey), state);
  },
  async recordObjection(issueKey, objection) {
    await kvs.set(KEYS.objection(issueKey, objection.accountId), objection);
  },
  async objections(issueKey) {
    const found = [];
    let cursor: string | undefined;
    do {
      const query = kvs
        .query()
        .where('key', WhereConditions.beginsWith(KEYS.objectionPrefix(issueKey)))
        .limit(100);
      const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany();
      found.push(...page.results.map((result) => ObjectionSchema.parse(result.value)));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return found.sort((a, b) => a.at.localeCompare(b.at));
  },
};
