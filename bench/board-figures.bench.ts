/**
 * What a year of the board's figures costs to view: getFigures reads one rollup per ISO week (53 rollups
 * in 3 batch reads), against working the same figures out from the ledger by scanning every decided
 * change request and its answers (src/app/figures). Both run in the same process on the local host's KVS
 * (SQLite, with the Forge KVS wire protocol and limits) after BENCH_DECIDED (default 5 000) change requests
 * were decided over 52 weeks and recorded as the decision publisher records them. Also prints what
 * recording costs per decision, and how far the sketched medians are from the exact ones.
 */
import { randomUUID } from 'node:crypto';
import { kvs, WhereConditions } from '@forge/kvs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalHost, type LocalHost } from '../local/host/create-local-host';
import { handleKvsRequest, toFetchResponse } from '../local/kvs';
import { buildRuntimeGlobal } from '../local/runtime/forge-runtime-global';
import { invocationStore } from '../local/runtime/invocation-store';
import { figuresRollupStore } from '../src/adapters/kvs/figures-rollup-store';
import { ledgerRepository } from '../src/adapters/kvs/ledger-repository';
import { ledgerScan } from '../src/adapters/kvs/ledger-scan';
import { decidedChangeFactOf } from '../src/app/figures/decided-change-fact-of';
import { periodBounds } from '../src/app/figures/figures-period';
import { getFigures } from '../src/app/figures/get-figures';
import { recordDecidedChange } from '../src/app/figures/record-decided-change';
import type { LedgerEntry, RecordedAnswer } from '../src/app/ports/store-ports';
import { figuresOfFacts, type DecidedChangeFact } from '../src/domain/figures';
import { demoPolicy } from '../src/domain/policy';
import { routeChangeRequest } from '../src/domain/routing';
import { buildAllUis } from '../local/tools/build-ui';
import { launchChromium } from '../test/support/chromium';
import { fmt, summarise } from './bench-stats';
import { baseline, firstRender } from './first-render';

const DECIDED = Number(process.env.BENCH_DECIDED ?? 5000);
const OPEN = Number(process.env.BENCH_OPEN ?? 500);
const MORGAN = '712020:5e0c1d2a-0000-4000-8000-000000000008';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Monday 5 January 2026, the first day of ISO week 2026-W02; the year runs 52 weeks from it. */
const START = Date.parse('2026-01-05T00:00:00.000Z');
const PERIOD = { from: '2026-01-05', to: '2027-01-03' };
const APPROVERS = ['Priya Nair', 'Sam Rivera', 'Elena Petrova', 'Olivia Chen', 'Noah Brooks'].map(
  (name, i) => ({
    accountId: `acc-${String(i)}`,
    displayName: name,
  }),
);

/** mulberry32: the same "random" year on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Counter {
  calls: Map<string, number>;
  total(): number;
  reset(): void;
}

function counter(): Counter {
  const calls = new Map<string, number>();
  return {
    calls,
    total: () => [...calls.values()].reduce((sum, n) => sum + n, 0),
    reset: () => {
      calls.clear();
    },
  };
}

/** Runs `work` as a Forge invocation on the host's KVS, counting each KVS call by path. */
function inInvocation<T>(host: LocalHost, count: Counter, work: () => Promise<T>): Promise<T> {
  const id = randomUUID();
  const spec = { invocationId: id, moduleKey: 'bench', moduleType: 'bench', functionKey: 'bench' };
  return invocationStore.run(
    {
      id,
      moduleKey: 'bench',
      moduleType: 'bench',
      functionKey: 'bench',
      accountId: undefined,
      runtime: buildRuntimeGlobal(host.runtime.identity, {
        ...spec,
        deadlineMs: Date.now() + 900_000,
        limitsScale: 1,
      }),
      routes: {
        async forgeFetch(target, path, init) {
          if (target.type !== 'kvs')
            throw new Error(`the bench routes KVS only, not ${JSON.stringify(target)}`);
          count.calls.set(path, (count.calls.get(path) ?? 0) + 1);
          const body = typeof init.body === 'string' ? init.body : undefined;
          return toFetchResponse(
            await handleKvsRequest(host.kvs, path, {
              method: init.method ?? 'POST',
              ...(body === undefined ? {} : { body }),
            }),
          );
        },
        egress: () => Promise.reject(new Error('the bench makes no egress calls')),
      },
    },
    work,
  );
}

function decidedChange(index: number, next: () => number): { entry: LedgerEntry; answers: RecordedAnswer[] } {
  const routedAt = START + Math.floor(next() * 51 * 7 * DAY);
  const risk = (['low', 'medium', 'high', 'critical'] as const)[Math.floor(next() * 4)] ?? 'low';
  const changeRequest = {
    summary: `Bench change ${String(index)}`,
    description: '',
    affectedSystems: ['payments-api'],
    changeType: next() < 0.05 ? ('emergency' as const) : ('normal' as const),
    risk,
    plannedWindow: { start: '2026-12-01T13:00:00Z', end: '2026-12-01T14:00:00Z', timeZone: 'Europe/London' },
    testing: { tested: true as const, evidenceUrl: 'https://ci.acme.example/runs/1' },
    consequenceOfNotReleasing: 'Vendor support ends.',
    rollbackPlan: 'Redeploy the previous image.',
    requester: { accountId: 'acc-requester' },
  };
  const routing = routeChangeRequest(demoPolicy, changeRequest, new Date(routedAt));
  // First answers from minutes to days after routing, the decision a while after that.
  const firstAnswer = routedAt + Math.floor(5 * MINUTE * Math.exp(next() * 6.5));
  const decidedAt = firstAnswer + Math.floor(next() * 8 * 60 * MINUTE);
  const answerers = APPROVERS.filter(() => next() < 0.4).slice(0, 2);
  const answers = (
    answerers.length === 0 ? [APPROVERS[0] ?? { accountId: 'acc-0', displayName: 'Priya Nair' }] : answerers
  ).map((person, i): RecordedAnswer => ({
    ...person,
    decision: 'approve',
    at: new Date(i === 0 ? firstAnswer : decidedAt).toISOString(),
    comment: null,
    conditions: [],
  }));
  const entry: LedgerEntry = {
    issueKey: `CHG-${String(index + 1)}`,
    issueUrl: `https://site.example/browse/CHG-${String(index + 1)}`,
    status: 'approved',
    changeRequest,
    routing,
    problems: [],
    routedAt: new Date(routedAt).toISOString(),
    deadlineAt: Date.parse(routing.deadline),
    decision: {
      outcome: 'approved',
      by: 'approvers',
      at: new Date(decidedAt).toISOString(),
      commentId: '1',
      recordText: 'Approved.',
    },
    notifiedAt: new Date(routedAt).toISOString(),
  };
  return { entry, answers };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-bench-figures-'));
  const host = await startLocalHost({ port: 0, dataDir, demoPolicy: false });
  const count = counter();
  const next = random(42);
  const members = { groupMembers: () => Promise.resolve(APPROVERS) };
  try {
    const started = Date.now();
    let recordCalls = 0;
    for (let i = 0; i < DECIDED; i++) {
      const { entry, answers } = decidedChange(i, next);
      await inInvocation(host, count, async () => {
        await ledgerRepository.put(entry);
        for (const answer of answers) await ledgerRepository.recordAnswer(entry.issueKey, answer);
      });
      count.reset();
      await inInvocation(host, count, () =>
        recordDecidedChange({ figures: figuresRollupStore, jira: members }, entry, answers),
      );
      recordCalls += count.total();
      count.reset();
    }
    console.log(
      `${String(DECIDED)} decided change requests over 52 weeks, recorded in ${fmt((Date.now() - started) / 1000, 1)} s`,
    );
    console.log(
      `  recording one decision: ${fmt(recordCalls / DECIDED)} KVS calls on average (pending fact, week claim, read, write, release (read and delete), forget, leftovers query)`,
    );

    // The view: one rollup per ISO week of the year.
    let t0 = performance.now();
    const sketched = await inInvocation(host, count, () =>
      getFigures({ rollups: figuresRollupStore }, PERIOD),
    );
    const rollupMs = performance.now() - t0;
    const rollupCalls = count.total();
    const rollupBreakdown = [...count.calls.entries()].map(([path, n]) => `${path} x${String(n)}`).join(', ');
    count.reset();

    // The alternative: scan every decided change request of the period and its answers.
    t0 = performance.now();
    const exact = await inInvocation(host, count, async () => {
      const { fromMs, untilMs, weeks } = periodBounds(PERIOD);
      const facts: DecidedChangeFact[] = [];
      let cursor: string | undefined;
      do {
        const page = await ledgerScan.page(
          { statuses: ['approved', 'declined'], routedUntil: untilMs },
          cursor,
        );
        for (const entry of page.entries) {
          if (entry.decision === null || Date.parse(entry.decision.at) < fromMs) continue;
          const answers = await ledgerRepository.listAnswers(entry.issueKey);
          const fact = decidedChangeFactOf(entry, answers, new Map());
          if (fact !== null) facts.push(fact);
        }
        cursor = page.nextCursor;
      } while (cursor !== undefined);
      return figuresOfFacts(facts, weeks);
    });
    const scanMs = performance.now() - t0;
    const scanCalls = count.total();
    count.reset();

    const error = (a: number | null, b: number | null) =>
      a === null || b === null ? NaN : Math.abs(a - b) / b;
    console.log(
      `getFigures for ${PERIOD.from} to ${PERIOD.to} (${String(sketched.weeks.length)} ISO weeks, ${String(sketched.total.decided)} decided)`,
    );
    console.log(
      `  weekly rollups: ${String(rollupCalls)} KVS reads (${rollupBreakdown}), ${fmt(rollupMs, 1)} ms`,
    );
    console.log(
      `  scanning the ledger: ${String(scanCalls)} KVS reads (ledger pages + answers per CR), ${fmt(scanMs, 1)} ms`,
    );
    console.log(
      `  ratio: ${fmt(scanCalls / Math.max(1, rollupCalls), 0)}x fewer KVS reads, ${fmt(scanMs / Math.max(0.001, rollupMs), 1)}x faster`,
    );
    console.log('  sketched vs exact (bound: 2%):');
    console.log(
      `    median time to decision: ${fmt(100 * error(sketched.total.decision.medianMs, exact.total.decision.medianMs))}%`,
    );
    console.log(
      `    90th pct time to decision: ${fmt(100 * error(sketched.total.decision.p90Ms, exact.total.decision.p90Ms))}%`,
    );
    console.log(
      `    median time to first response: ${fmt(100 * error(sketched.total.firstResponse.medianMs, exact.total.firstResponse.medianMs))}%`,
    );
    console.log(
      `    90th pct time to first response: ${fmt(100 * error(sketched.total.firstResponse.p90Ms, exact.total.firstResponse.p90Ms))}%`,
    );
    const sizes = await inInvocation(host, count, async () => {
      const found: { bytes: number; decided: number }[] = [];
      let cursor: string | undefined;
      do {
        const query = kvs.query().where('key', WhereConditions.beginsWith('figures:week:')).limit(100);
        const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany<{
          issueKeys: string[];
        }>();
        for (const result of page.results) {
          found.push({ bytes: JSON.stringify(result.value).length, decided: result.value.issueKeys.length });
        }
        cursor = page.nextCursor;
      } while (cursor !== undefined);
      return found;
    });
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a), { bytes: 0, decided: 0 });
    console.log(
      `  largest week rollup: ${fmt(largest.bytes / 1024, 1)} KiB for ${String(largest.decided)} decisions (${fmt(largest.bytes / Math.max(1, largest.decided), 0)} bytes each; a KVS value holds 240 KiB)`,
    );
    if (sketched.total.decided !== exact.total.decided) {
      throw new Error(
        `The rollups count ${String(sketched.total.decided)} decisions, the scan ${String(exact.total.decided)}.`,
      );
    }
    await pageFirstRender(host, count, next);
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The Async CAB page's first render (its "Waiting for me" list or its empty state shown) with the decided
 * CRs above and OPEN more waiting for approval, beside the bare baseline page (bench/first-render.ts).
 */
async function pageFirstRender(host: LocalHost, count: Counter, next: () => number): Promise<void> {
  const now = Date.now();
  for (let i = 0; i < OPEN; i++) {
    const { entry } = decidedChange(DECIDED + i, next);
    const routedAt = new Date(now - Math.floor(next() * 3 * DAY)).toISOString();
    if (entry.changeRequest === null) throw new Error('a bench change has its answers');
    const routing = routeChangeRequest(demoPolicy, entry.changeRequest, new Date(routedAt));
    await inInvocation(host, count, () =>
      ledgerRepository.put({
        ...entry,
        status: 'awaiting-approval',
        decision: null,
        routing,
        routedAt,
        deadlineAt: Date.parse(routing.deadline),
      }),
    );
  }
  count.reset();
  await buildAllUis();
  const browser = await launchChromium();
  try {
    const base = summarise((await baseline(browser)).samples);
    const index = await (await fetch(`${host.url}/_local/ui`)).text();
    const boardPath = /href="(\/jira\/apps\/[^"]+)"/.exec(index)?.[1] ?? '';
    const page = summarise(
      await firstRender(
        browser,
        `${host.url}${boardPath}`,
        MORGAN,
        'iframe[data-module-key="cab-board"]',
        '[data-testid="waiting-list"], [data-testid="waiting-empty"]',
      ),
    );
    console.log(
      `Async CAB page first render with ${String(DECIDED)} decided and ${String(OPEN)} open change requests (aim: under 1 s)`,
    );
    console.log(`  bare React page, bare server: p50 ${fmt(base.p50)} ms  p99 ${fmt(base.p99)} ms`);
    console.log(
      `  Async CAB page in the host:   p50 ${fmt(page.p50)} ms  p99 ${fmt(page.p99)} ms (${fmt(page.p50 / base.p50)}x the bare page, host page included)`,
    );
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
