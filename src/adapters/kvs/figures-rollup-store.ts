/**
 * The board's weekly figures in KVS (src/app/ports/figures-ports.ts). Its keys live here, all under
 * `figures:` (storage-keys.ts is another module's to change; these are the only keys with this prefix):
 *
 * - `figures:week:<YYYY-Www>`   one rollup per ISO week: counts and duration sketches overall and per
 *                               change type, risk, approver group and approver, and the issue keys counted;
 * - `figures:lock:<YYYY-Www>`   one writer of a week at a time (a FAIL_IF_EXISTS claim with a TTL);
 * - `figures:pending:<key>`     a decided change request's fact until it is folded into its week.
 *
 * A week's rollup grows with its issue keys and with the sketch buckets in use, which decisions share
 * (src/domain/figures/duration-sketch.ts): about 11 KiB for 50 decisions in a week, 56 KiB for 500 and
 * 140 KiB for 3 000 (60 approvers, 12 groups), so one KVS value (240 KiB) holds several thousand decisions
 * a week; past that the write is refused with a clear error and the facts stay pending.
 * bench/board-figures.bench.ts prints the largest week it wrote.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { DecidedChangeFact, DurationSketch, FigureTally } from '../../domain/figures';
import type { FiguresRollupStore, StoredWeekRollup } from '../../app/ports/figures-ports';
import { claimLease, releaseLease } from './conditional-write';

export const FIGURES_KEYS = {
  week: (week: string) => `figures:week:${week}`,
  lock: (week: string) => `figures:lock:${week}`,
  pending: (issueKey: string) => `figures:pending:${issueKey}`,
  pendingPrefix: 'figures:pending:',
} as const;

/** KVS holds 240 KiB of JSON per value (docs/platform-assumptions.md); keep a margin for the encoding. */
const MAX_ROLLUP_BYTES = 230 * 1024;
/** A writer holds a week for two reads and a write; a dead writer's claim goes after this. */
const LOCK_TTL_SECONDS = 30;
/** Waits before trying a busy week again: about 2 s in all, well inside a resolver's 25 s. */
const RETRY_WAITS_MS = [100, 200, 400, 600, 800];
/** KVS batch get takes at most 25 keys. */
const BATCH_SIZE = 25;

const SketchSchema = z.object({
  count: z.number().int().min(0),
  underOneSecond: z.number().int().min(0),
  buckets: z.record(z.string().regex(/^-?\d+$/), z.number().int().min(0)),
});

const TallySchema = z.object({
  decided: z.number(),
  approved: z.number(),
  declined: z.number(),
  withinAgreement: z.number(),
  bySilence: z.number(),
  escalated: z.number(),
  emergency: z.number(),
  breakGlass: z.number(),
  retrospective: z.number(),
  retrospectiveInTime: z.number(),
  firstResponse: SketchSchema,
  decision: SketchSchema,
}) satisfies z.ZodType<FigureTally<DurationSketch>>;

const DimensionSchema = z.array(z.object({ key: z.string(), label: z.string(), tally: TallySchema }));

const WeekRollupSchema = z.object({
  week: z.string(),
  issueKeys: z.array(z.string()),
  all: TallySchema,
  byChangeType: DimensionSchema,
  byRisk: DimensionSchema,
  byGroup: DimensionSchema,
  byApprover: DimensionSchema,
}) satisfies z.ZodType<StoredWeekRollup>;

const FactSchema = z.object({
  issueKey: z.string(),
  routedAt: z.string(),
  decidedAt: z.string(),
  outcome: z.enum(['approved', 'declined']),
  decidedBy: z.enum(['approvers', 'silence', 'retrospective']),
  changeType: z.enum(['standard', 'normal', 'emergency']),
  risk: z.enum(['low', 'medium', 'high', 'critical']),
  deadline: z.string(),
  groups: z.array(z.object({ groupId: z.string(), name: z.string(), firstAnswerAt: z.string().nullable() })),
  answers: z.array(z.object({ accountId: z.string(), displayName: z.string(), at: z.string() })),
  escalated: z.boolean(),
  breakGlass: z.object({ at: z.string(), retrospectiveDeadline: z.string() }).nullable(),
}) satisfies z.ZodType<DecidedChangeFact>;

function rollupOf(week: string, value: unknown): StoredWeekRollup {
  const parsed = WeekRollupSchema.safeParse(value);
  if (!parsed.success)
    throw new Error(`The figures of ${week} are not a week rollup: ${parsed.error.message}`);
  return parsed.data;
}

export function createFiguresRollupStore(
  options: { sleep?: (ms: number) => Promise<void> } = {},
): FiguresRollupStore {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const claimWeek = async (week: string): Promise<boolean> => {
    for (const wait of [0, ...RETRY_WAITS_MS]) {
      if (wait > 0) await sleep(wait);
      if (
        await claimLease(FIGURES_KEYS.lock(week), { claimedAt: new Date().toISOString() }, LOCK_TTL_SECONDS)
      )
        return true;
    }
    return false;
  };
  return {
    async keepPending(fact) {
      await kvs.set(FIGURES_KEYS.pending(fact.issueKey), fact);
    },
    async listPending(limit) {
      const page = await kvs
        .query()
        .where('key', WhereConditions.beginsWith(FIGURES_KEYS.pendingPrefix))
        .limit(limit)
        .getMany();
      return page.results.flatMap((result) => {
        const fact = FactSchema.safeParse(result.value);
        if (fact.success) return [fact.data];
        // Never folded, never blocking the others: kept for someone to look at.
        console.error(
          `Async CAB: the pending figures fact ${result.key} is unreadable: ${fact.error.message}`,
        );
        return [];
      });
    },
    async updateWeek(week, fold, done) {
      if (!(await claimWeek(week))) return 'busy';
      try {
        const stored: unknown = await kvs.get(FIGURES_KEYS.week(week));
        const next = fold(stored === undefined ? undefined : rollupOf(week, stored));
        const bytes = Buffer.byteLength(JSON.stringify(next), 'utf8');
        if (bytes > MAX_ROLLUP_BYTES) {
          throw new Error(
            `The figures of ${week} would take ${String(bytes)} bytes, more than one KVS value holds; the decisions stay pending.`,
          );
        }
        await kvs.set(FIGURES_KEYS.week(week), next);
      } finally {
        await releaseLease(FIGURES_KEYS.lock(week));
      }
      // After the rollup: a crash in between leaves a fact pending that the rollup already counted, and
      // folding it again changes nothing (the rollup lists its issue keys).
      await Promise.all(done.map((issueKey) => kvs.delete(FIGURES_KEYS.pending(issueKey))));
      return 'written';
    },
    async readWeeks(weeks) {
      const rollups: StoredWeekRollup[] = [];
      for (let start = 0; start < weeks.length; start += BATCH_SIZE) {
        const batch = weeks.slice(start, start + BATCH_SIZE);
        const answer = await kvs.batchGet<unknown>(batch.map((week) => ({ key: FIGURES_KEYS.week(week) })));
        const failed = answer.failedKeys.filter((item) => item.error.code !== 'KEY_NOT_FOUND');
        if (failed.length > 0) {
          throw new Error(
            `Reading the figures failed for ${failed.map((item) => `${item.key} (${item.error.code})`).join(', ')}.`,
          );
        }
        for (const item of answer.successfulKeys) {
          rollups.push(rollupOf(item.key.slice('figures:week:'.length), item.value));
        }
      }
      return rollups;
    },
  };
}

export const figuresRollupStore = createFiguresRollupStore();
