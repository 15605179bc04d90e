/**
 * Webhook deliveries in KVS: a claim per X-GitHub-Delivery id written with FAIL_IF_EXISTS and a TTL (so
 * concurrent redeliveries enqueue once, and the keys clean themselves up), and the recent-deliveries log
 * the admin page shows.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { DeliveryLogEntry, DeliveryLogPort } from '../../app/github/github-ports';
import { setIfAbsent } from '../kvs/conditional-write';
import { KEYS } from '../kvs/storage-keys';

/** GitHub lets people redeliver for days; three days covers automatic and manual redeliveries. */
const DELIVERY_TTL_DAYS = 3;
const LOG_TTL_DAYS = 7;

const LogEntrySchema = z.object({
  deliveryId: z.string(),
  event: z.string(),
  action: z.string().nullable(),
  target: z.string().nullable(),
  receivedAt: z.string(),
  outcome: z.enum(['queued', 'done', 'ignored', 'duplicate', 'failed', 'given-up']),
  reason: z.string(),
  issueKey: z.string().nullable(),
});

/** True when this delivery id is new (or this call's own claim landed); false for a redelivery. */
export function claimDelivery(deliveryId: string, receivedAt: Date): Promise<boolean> {
  return setIfAbsent(
    KEYS.githubDelivery(deliveryId),
    { receivedAt: receivedAt.toISOString() },
    { value: DELIVERY_TTL_DAYS, unit: 'DAYS' },
  );
}

export async function releaseDelivery(deliveryId: string): Promise<void> {
  await kvs.delete(KEYS.githubDelivery(deliveryId));
}

export const deliveryLog: DeliveryLogPort = {
  async write(entry: DeliveryLogEntry) {
    await kvs.set(KEYS.githubDeliveryLog(Date.parse(entry.receivedAt), entry.deliveryId), entry, {
      ttl: { value: LOG_TTL_DAYS, unit: 'DAYS' },
    });
  },
  async recent(limit: number) {
    // Keys start with the inverted receive time, so key order is newest first.
    const page = await kvs
      .query()
      .where('key', WhereConditions.beginsWith(KEYS.githubDeliveryLogPrefix))
      .limit(Math.min(limit, 100))
      .getMany();
    return page.results.flatMap((result) => {
      const parsed = LogEntrySchema.safeParse(result.value);
      return parsed.success ? [parsed.data] : [];
    });
  },
};
