import { Filter, FilterConditions, kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { LedgerEntry, LedgerRepository } from '../../app/ports/store-ports';
import type { SweepState } from '../../app/ports/sweep-ports';
import { unfinishedWorkOf } from '../../app/lifecycle/unfinished-work';
import { dueFactsOf } from '../../app/sweeps/due-facts-of';
import { nextDueAt } from '../../domain/routing/next-due-at';
import {
  claimLease,
  newWriteToken,
  releaseLease,
  setIfAbsent,
  settleConditionalWrite,
} from './conditional-write';
import { ENTITIES, KEYS } from './storage-keys';
import { sweepStateForIndex } from './sweep-state-record';

/**
 * The per-CR ledger as a custom entity (`cr-ledger` in manifest.yml) whose indexed attributes (status,
 * deadlineAt, nextDueAt) serve the sweeps and the dashboard; the full entry rides along in `entry`. Entries
 * are read with a loose shape check, so fields added later (the resumable steps) are simply absent from
 * older entries, which therefore have nothing unfinished.
 */
export interface LedgerRow {
  issueKey: string;
  status: string;
  deadlineAt: number;
  routedAt: number;
  /**
   * Epoch ms of the CR's next due moment (src/domain/routing/next-due-at.ts), from the entry and its sweep
   * state; NEVER_DUE_AT when nothing will be due. Rows stored before it existed lack it (reindexed hourly).
   */
  nextDueAt?: number;
  /** A token per write, so the sweep's index refresh never overwrites a newer entry (conditional write). */
  revision?: string;
  entry: unknown;
}

/** "Nothing will be due": the largest instant a Date holds (ECMA-262 §21.4.1.1), far past any `now`. */
export const NEVER_DUE_AT = 8_640_000_000_000_000;

const LedgerEntryShape = z.looseObject({
  issueKey: z.string(),
  status: z.enum([
    'waiting-for-answers',
    'needs-attention',
    'awaiting-approval',
    'approved',
    'declined',
    'implemented-before-approval',
  ]),
  routedAt: z.string(),
});

const RecordedAnswerSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  decision: z.enum(['approve', 'decline']),
  at: z.string(),
  comment: z.string().nullable(),
  conditions: z.array(z.string()),
  via: z.literal('jsm').exactOptional(),
});

const CLAIM_MINUTES = 2;

/** A row's entry, for this adapter and the ledger's readers (open-changes-index.ts). */
export function ledgerEntryOf(row: Pick<LedgerRow, 'entry'>): LedgerEntry {
  // Stored by this adapter from a LedgerEntry; the shape check catches a corrupted or foreign row.
  LedgerEntryShape.parse(row.entry);
  return row.entry as LedgerEntry;
}

function ledgerRow(entry: LedgerEntry, sweepState: SweepState): LedgerRow {
  return {
    issueKey: entry.issueKey,
    status: entry.status,
    deadlineAt: Math.trunc(entry.deadlineAt),
    routedAt: Date.parse(entry.routedAt),
    nextDueAt: nextDueAt(dueFactsOf(entry), sweepState) ?? NEVER_DUE_AT,
    revision: newWriteToken(),
    entry,
  };
}

export const ledgerRepository: LedgerRepository = {
  async get(issueKey) {
    const row = await kvs.entity<LedgerRow>(ENTITIES.ledger).get(KEYS.ledger(issueKey));
    return row === undefined ? undefined : ledgerEntryOf(row);
  },
  async put(entry) {
    // The one place the index is computed: every entry change lands here, and the sweep state's changes
    // come back through refreshNextDue (sweep-store.ts).
    const row = ledgerRow(entry, await sweepStateForIndex(entry.issueKey));
    // The unfinished-work key exists while the entry has steps left: written, or removed, in one
    // transaction with the row (KVS keys and entities together: storage-reference/transactions), so the
    // reconcile neither misses unfinished work nor chases finished work. Only an existing key is deleted:
    // whether a transaction deleting a missing key fails is not documented (a plain delete of one answers
    // 404 KEY_NOT_FOUND, which @forge/kvs turns into nothing).
    const unfinished = unfinishedWorkOf(entry);
    const unfinishedKey = KEYS.unfinished(entry.issueKey);
    if (unfinished === null && (await kvs.get(unfinishedKey)) === undefined) {
      await kvs.entity<LedgerRow>(ENTITIES.ledger).set(KEYS.ledger(entry.issueKey), row);
      return;
    }
    const write = kvs.transact().set(KEYS.ledger(entry.issueKey), row, { entityName: ENTITIES.ledger });
    await (
      unfinished === null ? write.delete(unfinishedKey) : write.set(unfinishedKey, unfinished)
    ).execute();
  },
  claim: (step, issueKey) =>
    // A crashed invocation's claim ends, so a later event or page view can route the CR.
    claimLease(KEYS.claim(step, issueKey), { claimedAt: new Date().toISOString() }, CLAIM_MINUTES * 60),
  async release(step, issueKey) {
    await releaseLease(KEYS.claim(step, issueKey));
  },
  async noteAnswerSeenInJsm(issueKey, answer) {
    // FAIL_IF_EXISTS: an answer given in the app (or noted before) stays as it is.
    await setIfAbsent(KEYS.answer(issueKey, answer.accountId), answer);
  },
  async recordAnswer(issueKey, answer) {
    await kvs.set(KEYS.answer(issueKey, answer.accountId), answer);
  },
  async forgetAnswer(issueKey, accountId) {
    await kvs.delete(KEYS.answer(issueKey, accountId));
  },
  async listAnswers(issueKey) {
    const answers = [];
    let cursor: string | undefined;
    do {
      const query = kvs
        .query()
        .where('key', WhereConditions.beginsWith(KEYS.answerPrefix(issueKey)))
        .limit(100);
      const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany();
      answers.push(...page.results.map((result) => RecordedAnswerSchema.parse(result.value)));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return answers.sort((a, b) => a.at.localeCompare(b.at));
  },
};

/** A concurrent put wins over a refresh; a few rounds are enough, since each put indexes correctly itself. */
const REFRESH_ATTEMPTS = 3;

/**
 * Brings the CR's `nextDueAt` in line with a sweep state the caller has just stored, without ever
 * overwriting a newer entry: the row is rewritten only if its revision is still the one read (a KVS
 * transaction condition, storage-reference/transactions-entities "Conditions"). When another put got there
 * first it read the sweep state itself, so a late refresh only reads again.
 */
export async function refreshNextDue(issueKey: string, sweepState: SweepState): Promise<void> {
  const ledger = kvs.entity<LedgerRow>(ENTITIES.ledger);
  for (let attempt = 0; attempt < REFRESH_ATTEMPTS; attempt++) {
    const row = await ledger.get(KEYS.ledger(issueKey));
    if (row === undefined) return;
    const next = ledgerRow(ledgerEntryOf(row), sweepState);
    if (row.nextDueAt === next.nextDueAt) return;
    const unchanged =
      row.revision === undefined
        ? new Filter<LedgerRow>().and('revision', FilterConditions.notExists())
        : new Filter<LedgerRow>().and('revision', FilterConditions.equalTo(row.revision));
    const outcome = await settleConditionalWrite(
      () =>
        kvs
          .transact()
          .set(KEYS.ledger(issueKey), next, { entityName: ENTITIES.ledger, conditions: unchanged })
          .execute(),
      async () => {
        const stored = await ledger.get(KEYS.ledger(issueKey));
        if (stored?.revision === next.revision) return 'ours';
        return stored?.revision === row.revision ? 'unchanged' : 'theirs';
      },
    );
    if (outcome === 'written') return;
  }
}
