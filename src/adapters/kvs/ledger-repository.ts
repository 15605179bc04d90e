import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { LedgerEntry, LedgerRepository } from '../../app/ports/store-ports';
import { setIfAbsent } from './conditional-write';
import { ENTITIES, KEYS } from './storage-keys';

/**
 * The per-CR ledger as a custom entity (`cr-ledger` in manifest.yml) whose indexed attributes (status,
 * deadlineAt) serve the sweeps and the dashboard; the full entry rides along in `entry`.
 */
interface LedgerRow {
  issueKey: string;
  status: string;
  deadlineAt: number;
  routedAt: number;
  entry: unknown;
}

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
});

const CLAIM_MINUTES = 2;

export const ledgerRepository: LedgerRepository = {
  async get(issueKey) {
    const row = await kvs.entity<LedgerRow>(ENTITIES.ledger).get(KEYS.ledger(issueKey));
    if (row === undefined) return undefined;
    // Stored by this adapter from a LedgerEntry; the shape check catches a corrupted or foreign row.
    LedgerEntryShape.parse(row.entry);
    return row.entry as LedgerEntry;
  },
  async put(entry) {
    await kvs.entity<LedgerRow>(ENTITIES.ledger).set(KEYS.ledger(entry.issueKey), {
      issueKey: entry.issueKey,
      status: entry.status,
      deadlineAt: Math.trunc(entry.deadlineAt),
      routedAt: Date.parse(entry.routedAt),
      entry,
    });
  },
  claim: (step, issueKey) =>
    // A crashed invocation's claim expires, so a later event or page view can route the CR.
    setIfAbsent(
      KEYS.claim(step, issueKey),
      { claimedAt: new Date().toISOString() },
      { value: CLAIM_MINUTES, unit: 'MINUTES' },
    ),
  async release(step, issueKey) {
    await kvs.delete(KEYS.claim(step, issueKey));
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
