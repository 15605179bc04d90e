/**
 * The per-CR sweep state as stored (`sweep:<issueKey>`, storage-keys.ts), read by the sweep store and by the
 * ledger repository, which indexes the CR's next due moment from it.
 */
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { SweepState } from '../../app/ports/sweep-ports';
import { KEYS } from './storage-keys';

const SweepStateSchema = z.object({
  reminders: z.array(
    z.object({ accountId: z.string(), displayName: z.string(), groupId: z.string(), at: z.string() }),
  ),
  handled: z.array(z.string()),
});

const empty = (): SweepState => ({ reminders: [], handled: [] });

export async function readSweepState(issueKey: string): Promise<SweepState> {
  const stored: unknown = await kvs.get(KEYS.sweepState(issueKey));
  return stored === undefined ? empty() : SweepStateSchema.parse(stored);
}

/**
 * The state for indexing only: a ledger write must not fail over the sweep's bookkeeping. An unreadable
 * state counts as "nothing handled", which can only make the CR due early; its sweep then reads the state
 * with readSweepState and reports the problem as that CR's failure.
 */
export async function sweepStateForIndex(issueKey: string): Promise<SweepState> {
  const parsed = SweepStateSchema.safeParse(await kvs.get(KEYS.sweepState(issueKey)));
  return parsed.success ? parsed.data : empty();
}

export async function writeSweepState(issueKey: string, state: SweepState): Promise<void> {
  await kvs.set(KEYS.sweepState(issueKey), state);
}
