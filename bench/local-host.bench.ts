/**
 * Local host figures, measured in one run:
 * 1. resolver invoke round trip through the local host (HTTP bridge -> Forge runtime -> real @forge/resolver)
 *    against a bare node:http JSON echo server (ratio = host p50 / echo p50);
 * 2. KVS get/set throughput through the real @forge/kvs SDK inside an invocation, against raw better-sqlite3
 *    on the same kind of file (ratio = SDK ops/s / raw ops/s).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startLocalHost } from '../local/host/create-local-host';
import { fmt, summarise } from './bench-stats';

const ROUND_TRIPS = Number(process.env.BENCH_ROUND_TRIPS ?? 500);
const KVS_OPS = Number(process.env.BENCH_KVS_OPS ?? 2000);
const DANA = '712020:5e0c1d2a-0000-4000-8000-000000000001';

async function timeRequests(count: number, send: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < 20; i++) await send(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await send();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function echoBaseline(payload: string): Promise<number[]> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ result: body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`;
  const samples = await timeRequests(ROUND_TRIPS, async () => {
    await (
      await fetch(url, { method: 'POST', body: payload, headers: { 'content-type': 'application/json' } })
    ).json();
  });
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  return samples;
}

function rawSqliteOpsPerSecond(file: string): { setPerSec: number; getPerSec: number } {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const set = db.prepare(
    'INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const get = db.prepare<[string], { value: string }>('SELECT value FROM kv WHERE key = ?');
  const value = {
    status: 'awaiting-approval',
    groups: ['cab-security', 'cab-payments'],
    deadline: '2026-11-25T17:00:00Z',
  };
  const setStart = performance.now();
  for (let i = 0; i < KVS_OPS; i++) set.run(`raw:${String(i)}`, JSON.stringify({ ...value, i }));
  const setMs = performance.now() - setStart;
  const getStart = performance.now();
  for (let i = 0; i < KVS_OPS; i++) JSON.parse(get.get(`raw:${String(i)}`)?.value ?? 'null');
  const getMs = performance.now() - getStart;
  db.close();
  return { setPerSec: (KVS_OPS / setMs) * 1000, getPerSec: (KVS_OPS / getMs) * 1000 };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-bench-'));
  const host = await startLocalHost({ appRoot: join(__dirname, 'fixtures', 'bench-app'), dataDir, port: 0 });
  try {
    const cookie = `acab_user=${encodeURIComponent(DANA)}`;
    const created = await fetch(`${host.url}/rest/servicedeskapi/request`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from('dana.lee@asynccab.example:x').toString('base64')}`,
      },
      body: JSON.stringify({
        serviceDeskId: '1',
        requestTypeId: '10',
        requestFieldValues: { summary: 'bench' },
      }),
    });
    const { issueKey } = (await created.json()) as { issueKey: string };
    const view = await (await fetch(`${host.url}/browse/${issueKey}`, { headers: { cookie } })).text();
    const frame = /data-frame-token="([^"]+)"/.exec(view)?.[1]?.replace(/&amp;/g, '&');
    if (frame === undefined) throw new Error('no app frame on the issue view');

    const payload = {
      functionKey: 'echo',
      payload: { issueKey, decision: 'approve', comment: 'Looks good.' },
    };
    const body = JSON.stringify({ frame, command: 'invoke', payload });
    const hostSamples = await timeRequests(ROUND_TRIPS, async () => {
      const answer = await fetch(`${host.url}/_local/ui/bridge`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body,
      });
      if (answer.status !== 200)
        throw new Error(`bridge answered ${String(answer.status)}: ${await answer.text()}`);
      await answer.json();
    });
    const echoSamples = await echoBaseline(JSON.stringify(payload));
    const hostStats = summarise(hostSamples);
    const echoStats = summarise(echoSamples);

    const sdk = (await host.runtime.invokeResolver({
      moduleKey: 'bench-panel',
      functionKey: 'kvsLoop',
      payload: { count: KVS_OPS, prefix: 'sdk' },
      accountId: DANA,
    })) as { setMs: number; getMs: number };
    const sdkSet = (KVS_OPS / sdk.setMs) * 1000;
    const sdkGet = (KVS_OPS / sdk.getMs) * 1000;
    const raw = rawSqliteOpsPerSecond(join(dataDir, 'raw.sqlite'));

    console.log('Local host benchmark');
    console.log(`resolver invoke round trip, ${String(ROUND_TRIPS)} calls over HTTP:`);
    console.log(
      `  local host  p50 ${fmt(hostStats.p50)} ms  p99 ${fmt(hostStats.p99)} ms  mean ${fmt(hostStats.mean)} ms`,
    );
    console.log(
      `  bare echo   p50 ${fmt(echoStats.p50)} ms  p99 ${fmt(echoStats.p99)} ms  mean ${fmt(echoStats.mean)} ms`,
    );
    console.log(
      `  ratio host/echo: p50 ${fmt(hostStats.p50 / echoStats.p50)}x  p99 ${fmt(hostStats.p99 / echoStats.p99)}x`,
    );
    console.log(`KVS throughput, ${String(KVS_OPS)} sets then ${String(KVS_OPS)} gets:`);
    console.log(`  @forge/kvs SDK in the host  set ${fmt(sdkSet, 0)}/s  get ${fmt(sdkGet, 0)}/s`);
    console.log(
      `  raw better-sqlite3          set ${fmt(raw.setPerSec, 0)}/s  get ${fmt(raw.getPerSec, 0)}/s`,
    );
    console.log(
      `  ratio SDK/raw: set ${fmt(sdkSet / raw.setPerSec, 3)}  get ${fmt(sdkGet / raw.getPerSec, 3)}`,
    );
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
