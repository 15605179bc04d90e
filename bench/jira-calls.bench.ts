/**
 * Jira REST calls the app makes per lifecycle step, counted by the local host (`host.appJiraCalls`, the
 * record behind `GET /_local/jira-calls`), through the real app: routing a CR, an approver's panel view,
 * an approve click until the decision record is written, the escalation of an unanswered CR, and a
 * deadline-sweep tick over 10, 100 and
 * 1,000 pending CRs with nothing due and with 1 % due (a reminder each). Printed, not asserted.
 * Aims (steady state): route 3 plus the notify email, panel view 2, approve -> decision record 4.
 * BENCH_SWEEP_SIZES (default "10,100,1000") picks the sweep sizes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { invokeThroughBridge } from '../local/tools/bridge-call';
import { startLocalHost, type LocalHost } from '../local/host/create-local-host';
import type { JiraCallRecord } from '../local/host/jira-call-log';
import { ENTITIES } from '../src/adapters/kvs/storage-keys';
import { basicAuth, benchAnswers, raiseRequest } from './bench-fixtures';

const SWEEP_SIZES = (process.env.BENCH_SWEEP_SIZES ?? '10,100,1000').split(',').map(Number);
/**
 * A Tuesday 09:07 in Europe/London, the demo systems' time zone: business hours run from the start, and
 * the first reminder (13:07 the next day) falls between hour boundaries, so the measured ticks do not
 * include the hourly decision reconcile, which gets its own line.
 */
const START = new Date('2026-12-01T09:07:00Z');
const DANA = { auth: basicAuth('dana.lee@asynccab.example') };
const PRIYA = { id: '712020:5e0c1d2a-0000-4000-8000-000000000006' };

async function main(): Promise<void> {
  await lifecycle();
  for (const size of SWEEP_SIZES) await sweepTicks(size);
}

/** Route, panel view, approve -> decision record, for a first CR (cold caches) and a second (steady). */
async function lifecycle(): Promise<void> {
  await withHost(async (host) => {
    console.log('Jira REST calls per lifecycle step (normal checkout-web CR, one cab-payments approval)');
    for (const [round, label] of ['first CR (cold caches)', 'next CR (steady state)'].entries()) {
      let issueKey = '';
      const route = await counted(host, async () => {
        issueKey = await raiseRequest(
          host.url,
          DANA.auth,
          `Bench lifecycle ${String(round)}`,
          benchAnswers(),
        );
      });
      let approvalId = '';
      const panel = await counted(host, async () => {
        const value = await invoke(host, PRIYA.id, issueKey, 'getApprovalPanel', { issueKey });
        approvalId = z.object({ viewer: z.object({ approvalId: z.string() }) }).parse(value)
          .viewer.approvalId;
      });
      const approve = await counted(host, async () => {
        await invoke(host, PRIYA.id, issueKey, 'answerApproval', {
          issueKey,
          approvalId,
          decision: 'approve',
        });
      });
      console.log(`  ${label}`);
      print('route (created event)', route.calls, 'aim 3 + notify');
      print('panel view (approver)', panel.calls, 'aim 2');
      print('approve -> decision record', approve.calls, 'aim 5 (4 + the requester told)');
    }
    await escalation(host);
  });
}

/** A CR nobody answers: the sweep tick in which its deadline passes (reminders were sent before). */
async function escalation(host: LocalHost): Promise<void> {
  const issueKey = await raiseRequest(host.url, DANA.auth, 'Bench escalation', benchAnswers());
  await host.settle();
  const deadline = deadlineOf(host, issueKey);
  const toBefore = (deadline - host.clock.now().getTime()) / 60_000 - 3;
  if (toBefore > 0) await host.clock.advance(toBefore);
  await host.settle();
  const tick = await counted(host, () => host.clock.advance(5));
  print(
    'escalation (the tick its deadline passes)',
    tick.calls.filter((call) => call.issueKey === issueKey || call.issueKey === null),
    'no aim given',
  );
}

/**
 * One host per size: `due` CRs routed first, then a day later the rest (their reminders a day later
 * too); the clock moved to seven minutes before the first CRs' reminder; then two five-minute ticks, one
 * ending before the reminder (nothing due) and one after it (1 % due); then a tick across the next hour,
 * when the hourly decision reconcile runs too (nothing due).
 */
async function sweepTicks(size: number): Promise<void> {
  const due = Math.max(1, Math.round(size / 100));
  await withHost(async (host) => {
    const dueKeys = await raiseMany(host, due, 'due');
    await host.clock.advance(24 * 60);
    await raiseMany(host, size - due, 'later');
    await host.settle();
    const reminderAt = firstReminderAt(host, dueKeys[0] ?? '');
    const toBefore = (reminderAt - host.clock.now().getTime()) / 60_000 - 7;
    if (toBefore > 0) await host.clock.advance(toBefore);
    await host.settle();
    const quiet = await counted(host, () => host.clock.advance(5));
    const busy = await counted(host, () => host.clock.advance(5));
    const hourMs = 3_600_000;
    const toHour =
      (Math.ceil(host.clock.now().getTime() / hourMs) * hourMs - host.clock.now().getTime()) / 60_000;
    if (toHour > 3) await host.clock.advance(toHour - 3);
    await host.settle();
    const hourly = await counted(host, () => host.clock.advance(5));
    console.log(`Deadline sweep tick, ${String(size)} pending CRs`);
    print('nothing due', quiet.calls, fmtMs(quiet.ms));
    print(`${String(due)} due (1 %)`, busy.calls, fmtMs(busy.ms));
    print('nothing due, with the hourly reconcile', hourly.calls, fmtMs(hourly.ms));
    const perDue = dueKeys.map((key) => busy.calls.filter((call) => call.issueKey === key));
    const sample = perDue[0] ?? [];
    console.log(
      `    a due reminder per CR: ${perCall(perDue.map((calls) => calls.length))} calls (${summarise(sample)})`,
    );
  });
}

async function withHost(run: (host: LocalHost) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-bench-jira-calls-'));
  const host = await startLocalHost({ port: 0, dataDir, startAt: START });
  try {
    await run(host);
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The calls made while `step` ran and until its events and queue deliveries settled. */
async function counted(
  host: LocalHost,
  step: () => Promise<unknown>,
): Promise<{ calls: JiraCallRecord[]; ms: number }> {
  const before = host.appJiraCalls.length;
  const started = performance.now();
  await step();
  await host.settle();
  return { calls: host.appJiraCalls.slice(before), ms: performance.now() - started };
}

/** Raises CRs over JSM REST a few at a time (the created event routes each); answers their keys. */
async function raiseMany(host: LocalHost, count: number, label: string): Promise<string[]> {
  const keys: string[] = [];
  for (let start = 0; start < count; start += 8) {
    const batch = Array.from({ length: Math.min(8, count - start) }, (_, i) =>
      raiseRequest(host.url, DANA.auth, `Bench sweep ${label} ${String(start + i)}`, benchAnswers()),
    );
    keys.push(...(await Promise.all(batch)));
    await host.settle();
  }
  return keys;
}

const LedgerReminders = z.looseObject({
  entry: z.looseObject({
    routing: z.looseObject({ groups: z.array(z.looseObject({ reminderTimes: z.array(z.string()) })) }),
  }),
});

const LedgerDeadline = z.looseObject({
  entry: z.looseObject({ routing: z.looseObject({ deadline: z.string() }) }),
});

function deadlineOf(host: LocalHost, issueKey: string): number {
  const row = host.kvs.get({ area: 'entity', entityName: ENTITIES.ledger }, issueKey);
  return Date.parse(LedgerDeadline.parse(row?.value).entry.routing.deadline);
}

function firstReminderAt(host: LocalHost, issueKey: string): number {
  const row = host.kvs.get({ area: 'entity', entityName: ENTITIES.ledger }, issueKey);
  const times = LedgerReminders.parse(row?.value).entry.routing.groups.flatMap((g) => g.reminderTimes);
  return Math.min(...times.map((time) => Date.parse(time)));
}

async function invoke(host: LocalHost, accountId: string, issueKey: string, key: string, payload: unknown) {
  const result = z
    .object({ ok: z.boolean(), value: z.unknown().optional() })
    .parse(
      await invokeThroughBridge(
        { baseUrl: host.url, accountId, pagePath: `/browse/${issueKey}` },
        key,
        payload,
      ),
    );
  if (!result.ok) throw new Error(`${key} on ${issueKey} failed: ${JSON.stringify(result)}`);
  return result.value;
}

function print(label: string, calls: JiraCallRecord[], note: string): void {
  console.log(`    ${label}: ${String(calls.length)} calls (${note})`);
  if (calls.length <= 8) for (const call of calls) console.log(`      ${describe(call)}`);
  else console.log(`      ${summarise(calls)}`);
}

const describe = (call: JiraCallRecord) =>
  `${call.caller} ${call.method} ${call.path.replace(/[A-Z][A-Z0-9_]*-\d+/, 'CHG-n').replace(/\/approval\/\d+$/, '/approval/{id}')}`;

/** "12 x app GET .../approval, 1 x app POST .../notify": calls grouped by what they are. */
function summarise(calls: JiraCallRecord[]): string {
  const counts = new Map<string, number>();
  for (const call of calls) counts.set(describe(call), (counts.get(describe(call)) ?? 0) + 1);
  if (counts.size === 0) return 'none';
  return [...counts].map(([what, n]) => `${String(n)} x ${what}`).join(', ');
}

const perCall = (counts: number[]) =>
  counts.length === 0 ? 'n/a' : (counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(1);
const fmtMs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
