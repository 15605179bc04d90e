/**
 * Conditional KVS writes told apart by reading back, never by the failure's status. Forge documents no HTTP
 * status or error code for a refused `keyPolicy: 'FAIL_IF_EXISTS'` (storage-reference/kvs-api, "Change
 * write conflict strategy": "if the key already exists, don't overwrite it") or for a failed transaction
 * condition (storage-reference/transactions-entities, "Conditions": "the entire transaction will fail"), and
 * handling-errors-kvs lists no such code. So after any failure the key is read again:
 * - it holds this writer's own value: the write landed and only its answer was lost (or a retry met it): ours;
 * - it holds another value: someone else wrote first: a conflict;
 * - it is missing or unchanged: a real failure, and the original error is rethrown, so it is never taken for
 *   "someone else has it".
 */
import { randomUUID } from 'node:crypto';
import { kvs, type Ttl } from '@forge/kvs';
import { z } from 'zod';

/** What the read-back found: our own write, another writer's, or what was there before the write. */
export type StoredAfterFailure = 'ours' | 'theirs' | 'unchanged';

/**
 * Runs `write`; when it fails, `readBack` says what is stored now. 'written' when our write is stored,
 * 'conflict' when another writer's is; rethrows the write's error when nothing changed or the read-back
 * itself fails (the write's error says more than the read's).
 */
export async function settleConditionalWrite(
  write: () => Promise<unknown>,
  readBack: () => Promise<StoredAfterFailure>,
): Promise<'written' | 'conflict'> {
  try {
    await write();
    return 'written';
  } catch (error) {
    let stored: StoredAfterFailure;
    try {
      stored = await readBack();
    } catch {
      throw error;
    }
    if (stored === 'unchanged') throw error;
    return stored === 'ours' ? 'written' : 'conflict';
  }
}

/** Unique to one write: a random UUID and the time, stored in the value so the writer can recognise it. */
export function newWriteToken(now: Date = new Date()): string {
  return `${randomUUID()}@${now.toISOString()}`;
}

const Tokened = z.looseObject({ writeToken: z.string() });

/**
 * `kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS', ttl })` with a write token added to the value: true
 * when this writer holds the key (now, or already from a write whose answer was lost), false when another
 * writer does. A value written without a token (an older claim) is someone else's.
 */
export async function setIfAbsent(key: string, value: object, ttl?: Ttl): Promise<boolean> {
  const writeToken = newWriteToken();
  const outcome = await settleConditionalWrite(
    () =>
      kvs.set(
        key,
        { ...value, writeToken },
        { keyPolicy: 'FAIL_IF_EXISTS', ...(ttl === undefined ? {} : { ttl }) },
      ),
    async () => {
      const stored: unknown = await kvs.get(key);
      if (stored === undefined) return 'unchanged';
      const parsed = Tokened.safeParse(stored);
      return parsed.success && parsed.data.writeToken === writeToken ? 'ours' : 'theirs';
    },
  );
  return outcome === 'written';
}

const Lease = z.looseObject({
  writeToken: z.string(),
  leaseUntil: z.number().exactOptional(),
  /** Claims written before leases had an end: they end `ttlSeconds` after this. */
  claimedAt: z.string().exactOptional(),
});

/**
 * A claim that ends `ttlSeconds` after it is taken, whether or not the KVS has deleted it by then: Forge
 * deletes expired keys asynchronously (up to 48 hours later), and until then FAIL_IF_EXISTS may still see
 * them. The claim keeps its own end (`leaseUntil`); a claim found past it is taken over through a second key
 * named after that claim's write token, which only one taker can win, so two never both hold it.
 */
export async function claimLease(key: string, value: object, ttlSeconds: number): Promise<boolean> {
  const ttl = { value: ttlSeconds, unit: 'SECONDS' } as const;
  const take = async () => {
    const leaseToken = newWriteToken();
    const lease = { ...value, leaseUntil: Date.now() + ttlSeconds * 1000, leaseToken };
    const taken = await setIfAbsent(key, lease, ttl);
    if (taken) heldLeases.set(key, leaseToken);
    return taken;
  };
  if (await take()) return true;
  const held = Lease.safeParse(await kvs.get(key));
  if (!held.success) return false;
  const end =
    held.data.leaseUntil ??
    (held.data.claimedAt === undefined ? Number.NaN : Date.parse(held.data.claimedAt) + ttlSeconds * 1000);
  // A lease whose end cannot be read is someone's: it ends with its TTL, once the KVS drops it.
  if (!(end <= Date.now())) return false;
  // Key characters are limited (docs/platform-assumptions.md): the token's '@' is not one of them.
  const takeover = `${key}:taken-over:${held.data.writeToken.replace(/[^A-Za-z0-9:._-]/g, '_')}`;
  if (!(await setIfAbsent(takeover, { at: Date.now() }, ttl))) return false;
  await kvs.delete(key);
  return take();
}

/** The leases this invocation took, so a release never deletes a lease someone took over since. */
const heldLeases = new Map<string, string>();

/** Ends a lease this invocation holds; one taken over by someone else (ours had ended) is left alone. */
export async function releaseLease(key: string): Promise<void> {
  const ours = heldLeases.get(key);
  heldLeases.delete(key);
  const stored = z.looseObject({ leaseToken: z.string() }).safeParse(await kvs.get(key));
  if (ours !== undefined && stored.success && stored.data.leaseToken !== ours) return;
  await kvs.delete(key);
}
