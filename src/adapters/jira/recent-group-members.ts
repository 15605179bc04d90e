/**
 * A group's members, kept in KVS for a few minutes, for attributing the approvers on a JSM approval to the
 * routed groups (the panel, the decision record, the sweeps). Why a cache is honest there: JSM lists the
 * approvers on the approval itself when the approval is created, as the issue enters the approval status
 * (docs/platform-assumptions.md, "Approvals are created when the issue enters the status" `approvers[]`), so who
 * may answer is not decided by today's membership; the app only sorts those listed people into groups.
 * The trade-off: for up to GROUP_MEMBERS_MAX_AGE_MINUTES after someone joins or leaves a group, the counts
 * per group (and a reminder's recipients) can still follow the old membership. Deciding who may do
 * something (hand over a draft, object, answer after break-glass) reads `groupMembers` live instead.
 * docs/platform-assumptions.md has the row.
 */
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { JiraPerson } from '../../app/ports/jira-port';
import { KEYS } from '../kvs/storage-keys';

export const GROUP_MEMBERS_MAX_AGE_MINUTES = 10;

const CachedMembersSchema = z.object({
  readAt: z.number(),
  members: z.array(z.object({ accountId: z.string(), displayName: z.string() })),
});

/**
 * KVS values are at most 240 KiB (docs/platform-assumptions.md), counted here in UTF-8 bytes with room to
 * spare, since display names need not be ASCII; a larger group is read live every time.
 */
const MAX_CACHED_BYTES = 200_000;

export async function recentGroupMembers(
  groupId: string,
  readLive: () => Promise<JiraPerson[]>,
): Promise<JiraPerson[]> {
  const key = KEYS.groupMembers(groupId);
  const maxAgeMs = GROUP_MEMBERS_MAX_AGE_MINUTES * 60_000;
  const cached = CachedMembersSchema.safeParse(await kvs.get(key));
  const now = Date.now();
  // The age is checked here too: expired KVS rows may still be returned for a while (docs/platform-assumptions.md).
  if (cached.success && cached.data.readAt <= now && now - cached.data.readAt < maxAgeMs) {
    return cached.data.members;
  }
  const members = await readLive();
  const value = { readAt: now, members };
  if (Buffer.byteLength(JSON.stringify(value), 'utf8') <= MAX_CACHED_BYTES) {
    await kvs.set(key, value, { ttl: { value: GROUP_MEMBERS_MAX_AGE_MINUTES, unit: 'MINUTES' } });
  }
  return members;
}
