import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { SweepStore } from '../../app/ports/sweep-ports';
import { refreshNextDue } from './ledger-repository';
import { KEYS } from './storage-keys';
import { readSweepState, writeSweepState } from './sweep-state-record';

const ObjectionSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  at: z.string(),
  reason: z.string(),
});

/** Sweep bookkeeping and objections in KVS (keys in storage-keys.ts); validated on the way out. */
export const sweepStore: SweepStore = {
  state: readSweepState,
  async saveState(issueKey, state) {
    // The state first: what was sent must be kept even if the index refresh fails (it is redone later).
    await writeSweepState(issueKey, state);
    await refreshNextDue(issueKey, state);
  },
  async reindex(issueKey) {
    await refreshNextDue(issueKey, await readSweepState(issueKey));
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
