/**
 * Jira REST calls the app makes to route one change request (aim: 3 or fewer plus the notify email). CRs
 * are raised over JSM REST with their CAB answers as request-type fields, as a portal or any client does;
 * the `avi:jira:created:issue` trigger routes each one; every call the app makes is counted.
 */
import { basicAuth, benchAnswers, raiseRequest } from './bench-fixtures';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalHost } from '../local/host/create-local-host';

const CRS = Number(process.env.BENCH_CRS ?? 20);
const DANA = basicAuth('dana.lee@asynccab.example');

const answers = benchAnswers();

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-bench-routing-'));
  const host = await startLocalHost({ port: 0, dataDir });
  const perCr: { total: number; byCall: string[] }[] = [];
  try {
    for (let i = 0; i < CRS; i++) {
      const before = host.appJiraCalls.length;
      await raiseRequest(host.url, DANA, `Bench change ${String(i)}`, answers);
      await host.settle();
      const calls = host.appJiraCalls.slice(before);
      perCr.push({
        total: calls.length,
        byCall: calls.map((call) => `${call.method} ${call.path.replace(/CHG-\d+/, 'CHG-n')}`),
      });
    }
    const steady = perCr.slice(1).map((cr) => cr.total);
    console.log('Jira REST calls per routed CR');
    console.log(`  first CR (cold caches): ${String(perCr[0]?.total)} calls`);
    for (const call of perCr[0]?.byCall ?? []) console.log(`    ${call}`);
    console.log(
      `  next ${String(steady.length)} CRs: min ${String(Math.min(...steady))}, max ${String(Math.max(...steady))}, mean ${(steady.reduce((a, b) => a + b, 0) / steady.length).toFixed(2)}`,
    );
    for (const call of perCr[1]?.byCall ?? []) console.log(`    ${call}`);
    console.log('  (aim: 3 or fewer for routing itself; the Jira notify email to the approvers is one more)');
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
