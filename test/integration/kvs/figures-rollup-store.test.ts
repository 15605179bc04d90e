/**
 * The board's weekly figures and the ledger scan through the real @forge/kvs SDK against the local KVS
 * (manifest.yml's entities): decisions counted once each when they arrive together, a busy week left
 * pending and folded later, a year read in a few batch reads, and the ledger read a page at a time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import { parse } from 'yaml';
import { installShiftedDate } from '../../../local/core/shifted-date';
import { parseEntityDefinitions } from '../../../local/kvs';
import { createFiguresRollupStore, FIGURES_KEYS } from '../../../src/adapters/kvs/figures-rollup-store';
import { ledgerRepository } from '../../../src/adapters/kvs/ledger-repository';
import { ledgerScan } from '../../../src/adapters/kvs/ledger-scan';
import { getFigures } from '../../../src/app/figures/get-figures';
import { recordDecidedChange, type RecordFiguresDeps } from '../../../src/app/figures/record-decided-change';
import type { LedgerEntry, RecordedAnswer } from '../../../src/app/ports/store-ports';
import { makeLedgerEntry } from '../../factories/make-ledger-entry';
import { installForgeKvs, type KvsTestContext } from './forge-kvs-harness';

const manifest: unknown = parse(readFileSync(join(__dirname, '../../../manifest.yml'), 'utf8'));
const MINUTE = 60_000;
/** Monday 2 March 2026, ISO week 2026-W10. */
const MONDAY = Date.parse('2026-03-02T09:00:00.000Z');
const at = (minutes: number) => new Date(MONDAY + minutes * MINUTE).toISOString();

const PRIYA = { accountId: 'acc-priya', displayName: 'Priya Nair' };
const jira: RecordFiguresDeps['jira'] = {
  groupMembers: () => Promise.resolve([PRIYA]),
};
const answerAt = (minutes: number): RecordedAnswer => ({
  ...PRIYA,
  decision: 'approve',
  at: at(minutes),
  comment: null,
  conditions: [],
});

describe('weekly figures in KVS', () => {
  let ctx: KvsTestContext;
  const store = createFiguresRollupStore({
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / 10)),
  });
  const deps: RecordFiguresDeps = { figures: store, jira };
  beforeEach(() => {
    ctx = installForgeKvs({ entities: parseEntityDefinitions(manifest) });
  });
  afterEach(() => {
    ctx.dispose();
  });

  const decided = (issueKey: string, minutes: number) =>
    makeLedgerEntry(issueKey, { routedAt: at(0), decidedAt: at(minutes) });

  it('counts every one of twelve decisions that arrive at once in the same week', async () => {
    const entries = Array.from({ length: 12 }, (_, i) => decided(`CHG-${String(i + 1)}`, 30 + i * 10));

    const outcomes = await Promise.all(
      entries.map((entry) => recordDecidedChange(deps, entry, [answerAt(20)])),
    );
    // Each call counts its own, or finds it counted by a call that folded the others' leftovers, or leaves it pending.
    expect(outcomes.every((outcome) => ['counted', 'already-counted', 'pending'].includes(outcome))).toBe(
      true,
    );
    // Whatever a busy week left pending, the next decision folds in.
    await recordDecidedChange(deps, decided('CHG-99', 500), []);

    const figures = await getFigures({ rollups: store }, { from: '2026-03-02', to: '2026-03-08' });
    expect(figures.total.decided).toBe(13);
    expect(figures.total.firstResponse.samples).toBe(12);
    expect(
      await kvs
        .query()
        .where('key', { condition: 'BEGINS_WITH', values: ['figures:pending:'] })
        .getMany(),
    ).toEqual({
      results: [],
    });
  });

  it('counts one change request once when its decision is recorded twice at the same time', async () => {
    const entry = decided('CHG-1', 60);
    const outcomes = await Promise.all([
      recordDecidedChange(deps, entry, [answerAt(20)]),
      recordDecidedChange(deps, entry, [answerAt(20)]),
      recordDecidedChange(deps, entry, [answerAt(20)]),
    ]);
    await recordDecidedChange(deps, entry, [answerAt(20)]);

    expect(outcomes.filter((outcome) => outcome === 'counted')).toHaveLength(1);
    const figures = await getFigures({ rollups: store }, { from: '2026-03-02', to: '2026-03-08' });
    expect(figures.total.decided).toBe(1);
  });

  it('leaves a decision pending while another writer holds its week, and folds it once the week is free', async () => {
    // The app's clock follows the KVS's, as in the local host (local/core/shifted-date.ts)
    const restoreDate = installShiftedDate(() => ctx.clock.offsetMs());
    try {
      await kvs.set(
        FIGURES_KEYS.lock('2026-W10'),
        // Another writer's lease, as claimLease writes it: it ends 30 s from now
        {
          claimedAt: ctx.clock.now().toISOString(),
          leaseUntil: ctx.clock.now().getTime() + 30_000,
          writeToken: 'another-writer',
        },
        { ttl: { value: 30, unit: 'SECONDS' } },
      );

      expect(await recordDecidedChange(deps, decided('CHG-1', 60), [])).toBe('pending');
      expect(await kvs.get(FIGURES_KEYS.pending('CHG-1'))).toMatchObject({ issueKey: 'CHG-1' });

      // The other writer's lease ends (the KVS may still hold the key for hours), and a decision in another week comes in
      await ctx.clock.advance(1);
      const nextWeek = makeLedgerEntry('CHG-2', {
        routedAt: at(7 * 24 * 60),
        decidedAt: at(7 * 24 * 60 + 30),
      });
      expect(await recordDecidedChange(deps, nextWeek, [])).toBe('counted');

      const figures = await getFigures({ rollups: store }, { from: '2026-03-02', to: '2026-03-15' });
      expect(figures.trend.map((week) => [week.week, week.summary.decided])).toEqual([
        ['2026-W10', 1],
        ['2026-W11', 1],
      ]);
      expect(await kvs.get(FIGURES_KEYS.pending('CHG-1'))).toBeUndefined();
    } finally {
      restoreDate();
    }
  });

  it('reads a year of figures in three batch reads, however many decisions it holds', async () => {
    for (let week = 0; week < 52; week += 1) {
      const routed = MONDAY + week * 7 * 24 * 60 * MINUTE;
      const entry = makeLedgerEntry(`CHG-${String(week + 1)}`, {
        routedAt: new Date(routed).toISOString(),
        decidedAt: new Date(routed + 90 * MINUTE).toISOString(),
      });
      await recordDecidedChange(deps, entry, []);
    }
    ctx.calls.length = 0;

    const figures = await getFigures({ rollups: store }, { from: '2026-03-01', to: '2027-02-28' });

    expect(figures.weeks).toHaveLength(53);
    expect(figures.total.decided).toBe(52);
    expect(ctx.calls.map((call) => call.path)).toEqual([
      '/api/v1/batch/get',
      '/api/v1/batch/get',
      '/api/v1/batch/get',
    ]);
    const median = figures.total.decision.medianMs ?? 0;
    expect(Math.abs(median - 90 * MINUTE) / (90 * MINUTE)).toBeLessThanOrEqual(0.02);
  });
});

describe('the ledger scan', () => {
  let ctx: KvsTestContext;
  beforeEach(() => {
    ctx = installForgeKvs({ entities: parseEntityDefinitions(manifest) });
  });
  afterEach(() => {
    ctx.dispose();
  });

  it('pages through the decided entries routed in a range, at most 100 rows a page', async () => {
    const entries: LedgerEntry[] = [];
    for (let i = 0; i < 230; i += 1) {
      const routedAt = at(i * 60);
      entries.push(
        i % 3 === 0
          ? makeLedgerEntry(`CHG-${String(i + 1)}`, { routedAt })
          : makeLedgerEntry(`CHG-${String(i + 1)}`, {
              routedAt,
              decidedAt: at(i * 60 + 30),
              outcome: i % 3 === 1 ? 'approved' : 'declined',
            }),
      );
    }
    for (const entry of entries) await ledgerRepository.put(entry);

    const found: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await ledgerScan.page(
        {
          statuses: ['approved', 'declined'],
          routedFrom: Date.parse(at(0)),
          routedUntil: Date.parse(at(199 * 60)),
        },
        cursor,
      );
      expect(page.entries.length).toBeLessThanOrEqual(100);
      found.push(...page.entries.map((entry) => entry.issueKey));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== undefined);

    const expected = entries
      .slice(0, 200)
      .filter((entry) => entry.decision !== null)
      .map((entry) => entry.issueKey);
    expect(found).toEqual(expected);
    expect(pages).toBe(2);
  });
});
