/**
 * Deliveries acknowledged but not done, in KVS (one key per delivery, removed when its job is done), so the
 * hourly redrive reads only unfinished work (src/app/github/redrive-deliveries.ts). Values are checked on
 * the way out like any stored data.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { GitHubJobSchema } from '../../app/github/github-job';
import type { PendingDelivery, PendingDeliveryPort } from '../../app/github/github-ports';
import { KEYS } from '../kvs/storage-keys';

const PendingSchema = z.object({
  job: GitHubJobSchema,
  queuedAt: z.string(),
  lastQueuedAt: z.string(),
  lastError: z.string().nullable(),
  redrives: z.number().int().min(0),
  givenUpAt: z.string().nullable(),
});

function pendingOf(value: unknown): PendingDelivery | undefined {
  const parsed = PendingSchema.safeParse(value);
  if (!parsed.success || parsed.data.job.kind === 'status') return undefined;
  return { ...parsed.data, job: parsed.data.job };
}

const PAGE_SIZE = 50;

export const pendingDeliveries: PendingDeliveryPort = {
  async get(deliveryId) {
    return pendingOf(await kvs.get(KEYS.githubPendingDelivery(deliveryId)));
  },
  async put(pending) {
    await kvs.set(KEYS.githubPendingDelivery(pending.job.delivery.deliveryId), pending);
  },
  async finish(deliveryId) {
    await kvs.delete(KEYS.githubPendingDelivery(deliveryId));
  },
  async page(cursor) {
    let query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(KEYS.githubPendingDeliveryPrefix))
      .limit(PAGE_SIZE);
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany();
    return {
      items: page.results.flatMap((result) => {
        const pending = pendingOf(result.value);
        return pending === undefined ? [] : [pending];
      }),
      nextCursor: page.nextCursor,
    };
  },
};
