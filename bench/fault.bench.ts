/**
 * Fault bench (printed figures, not asserted): N approved pull requests become N draft change requests
 * through the local host while Jira misbehaves. Each delivery is sent 1 to 3 times (GitHub's redelivery keeps
 * the delivery id); a share of the app's Jira calls fails at random with 429, 500 or 503; a third of the pull
 * requests arrive during a Jira outage longer than the queue's retries; the last third is acknowledged and
 * then the host process is killed (SIGKILL) and started again on the same data. At the end it prints the
 * deliveries, the CRs made, duplicates, lost pull requests, half-made drafts, the emails, dead letters and
 * what is still pending. Aim: N CRs, 0 duplicates, 0 lost, 0 half-made, every draft emailed once.
 *
 *     BENCH_FAULT_PRS=1000 BENCH_FAULT_SHARE=0.2 BENCH_FAULT_SEED=7 node --import tsx bench/fault.bench.ts
 *
 * BENCH_FAULT_DEBUG=1 also names each draft emailed more than once.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../local/jira/random-faults';
import { approvedReviewBody, deliver, numberOf } from './fault-bench-pull-requests';
import { countOutcome, type Outcome } from './fault-bench-outcome';
import { HostProcess } from './fault-bench-host';

const PRS = Number(process.env.BENCH_FAULT_PRS ?? 1000);
const SHARE = Number(process.env.BENCH_FAULT_SHARE ?? 0.2);
const SEED = Number(process.env.BENCH_FAULT_SEED ?? 7);
const IN_FLIGHT = 20;
const START = new Date('2026-11-30T09:00:00.000Z');

const random = seededRandom(SEED);
const randomFaults =
  SHARE > 0
    ? { random: { share: SHARE, statuses: [429, 500, 503], seed: SEED, pathPattern: '^/rest/' } }
    : { clear: true };
/** Every Jira call fails until the bench clears it. */
const outage = { serverError: { count: 1_000_000, status: 503, pathPattern: '^/rest/' } };

interface PullRequestPlan {
  number: number;
  deliveryId: string;
  body: string;
  /** How many times GitHub sends the delivery (1 to 3). */
  copies: number;
  sent: number;
}

const answers = new Map<number, number>();
let deliveriesSent = 0;

/** Sends the next copy of each planned delivery, IN_FLIGHT at a time. */
async function sendCopy(webhook: string, plans: PullRequestPlan[]): Promise<void> {
  const due = plans.filter((plan) => plan.sent < plan.copies);
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < due.length) {
        const plan = due[next++];
        if (plan === undefined) break;
        plan.sent += 1;
        deliveriesSent += 1;
        const status = await deliver(webhook, plan.body, plan.deliveryId);
        answers.set(status, (answers.get(status) ?? 0) + 1);
      }
    }),
  );
}

/** Lets the host run `minutes` of its clock in steps of `step`, each followed by the work that came due. */
async function runClock(host: HostProcess, minutes: number, step = 1): Promise<void> {
  for (let passed = 0; passed < minutes; passed += step) await host.advance(step);
}

function plansFor(from: number, to: number): PullRequestPlan[] {
  return Array.from({ length: to - from }, (_, i) => {
    const number = numberOf(from + i);
    return {
      number,
      deliveryId: randomUUID(),
      body: approvedReviewBody(number),
      copies: 1 + Math.floor(random() * 3),
      sent: 0,
    };
  });
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-bench-fault-'));
  const started = performance.now();
  const firstEnd = Math.round(PRS * 0.4);
  const outageEnd = Math.round(PRS * 0.7);
  const steady = plansFor(0, firstEnd);
  const duringOutage = plansFor(firstEnd, outageEnd);
  const beforeKill = plansFor(outageEnd, PRS);
  let host = await HostProcess.start(dataDir, START, true);
  let faultsAfterRestart = 'n/a';
  try {
    // 1. Random faults: every delivery once, then the redeliveries while the first ones are still in work.
    await host.faults(randomFaults);
    await sendCopy(host.webhook, steady);
    await host.settle();
    await sendCopy(host.webhook, steady);
    await runClock(host, 3);
    await sendCopy(host.webhook, steady);
    await runClock(host, 5);

    // 2. An outage longer than the queue's retries (10 + 20 + 40 + 80 s), then GitHub redelivers.
    await host.faults({ clear: true });
    await host.faults(outage);
    await sendCopy(host.webhook, duringOutage);
    await runClock(host, 45, 5);
    await host.faults({ clear: true });
    await host.faults(randomFaults);
    await sendCopy(host.webhook, duringOutage);
    await runClock(host, 5);

    // 3. Acknowledged, then the host is killed while it works; what GitHub sends meanwhile finds no host.
    await sendCopy(host.webhook, beforeKill);
    const clockAtKill = await host.clock();
    await host.killWhileWorking();
    await sendCopy(host.webhook, beforeKill);
    host = await HostProcess.start(dataDir, clockAtKill, false);
    faultsAfterRestart = JSON.stringify(await host.faultState());
    await host.faults({ clear: true });
    await host.faults(randomFaults);
    await sendCopy(host.webhook, beforeKill);
    await sendCopy(host.webhook, [...steady, ...duringOutage]);

    // 4. The storm goes on for three hours of host time (queue retries, hourly redrive and reconcile).
    await runClock(host, 180, 5);
    const stormClock = await host.clock();
    await host.stop();

    const plans = [...steady, ...duringOutage, ...beforeKill];
    const afterStorm = await countOutcome(dataDir, stormClock, plans);

    // 5. Jira well again: one more hour lets the redrive finish what the storm left.
    const calm = await HostProcess.start(dataDir, stormClock, false);
    await calm.faults({ clear: true });
    await runClock(calm, 90, 5);
    const calmClock = await calm.clock();
    await calm.stop();
    const final = await countOutcome(dataDir, calmClock, plans);

    print(afterStorm, final, faultsAfterRestart, (performance.now() - started) / 1000);
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function print(storm: Outcome, calm: Outcome, faultsAfterRestart: string, seconds: number): void {
  const statuses = Object.fromEntries([...answers].sort(([a], [b]) => a - b));
  console.log(
    `Fault bench: ${String(PRS)} approved PRs, ${String(Math.round(SHARE * 100))} % of Jira calls failing (429/500/503, seed ${String(SEED)}), an outage of 45 min, a host kill and restart`,
  );
  console.log(
    `  deliveries sent: ${String(deliveriesSent)}  answers ${JSON.stringify(statuses)} (0 = no host: it was killed)`,
  );
  console.log(`  fault settings after the restart: ${faultsAfterRestart}`);
  for (const [label, outcome] of [
    ['after 3 h of faults', storm],
    ['after 90 min without faults', calm],
  ] as const) {
    console.log(`  ${label}:`);
    console.log(
      `    CRs made ${String(outcome.crs)} of ${String(PRS)}  duplicates ${String(outcome.duplicates)}  lost ${String(outcome.lost)}  half-made ${String(outcome.halfMade)} ${JSON.stringify(outcome.missing)}`,
    );
    console.log(
      `    drafts emailed once ${String(outcome.emailedOnce)}  more than once ${String(outcome.emailedTwice)}  never ${String(outcome.neverEmailed)}`,
    );
    console.log(
      `    queue dead letters ${String(outcome.deadLetters)}  deliveries whose work is still not done ${String(outcome.pending)} (given up ${String(outcome.givenUp)})`,
    );
  }
  console.log(`  the app's Jira calls in all: ${String(HostProcess.jiraCalls)}`);
  console.log(`  wall time ${seconds.toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
