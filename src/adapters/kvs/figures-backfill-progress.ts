/**
 * Where the figures' backfill stands (src/app/figures/backfill-figures.ts), one KVS value:
 * `figures:backfill` = { routedFrom, done }. Written by the hourly reconcile only, so a plain set does.
 */
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { BackfillProgressStore } from '../../app/figures/backfill-figures';

const KEY = 'figures:backfill';
const ProgressSchema = z.object({ routedFrom: z.number(), done: z.boolean() });

export const figuresBackfillProgress: BackfillProgressStore = {
  async read() {
    const parsed = ProgressSchema.safeParse(await kvs.get(KEY));
    return parsed.success ? parsed.data : undefined;
  },
  async save(progress) {
    await kvs.set(KEY, progress);
  },
};
