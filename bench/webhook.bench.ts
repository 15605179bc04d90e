/**
 * GitHub webhook figures (printed, not asserted):
 * 1. Webhook intake: throughput and p50/p99 acknowledgement latency for a burst of signed deliveries to the
 *    local host's webtrigger, against a bare node:http server that only verifies the HMAC and answers 202,
 *    in the same run (aim: at least half the baseline's throughput).
 * 2. Delivery to draft CR visible: p50/p99 (delivery POSTed until the queue has run and the CR exists).
 * 3. Jira REST calls per drafted CR (aim: 4 or fewer).
 * Payload: the real `pull_request_review` example from @octokit/webhooks-examples, re-pointed at a demo repo.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import examples from '@octokit/webhooks-examples';
import { startLocalHost, type LocalHost } from '../local/host/create-local-host';
import { SECRETS } from '../src/adapters/kvs/storage-keys';
import { demoPolicy } from '../src/domain/policy';
import { fmt, summarise } from './bench-stats';

const BURST = Number(process.env.BENCH_WEBHOOKS ?? 2000);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 50);
const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 40);
const SECRET = 'bench-webhook-secret';
const DANA = '712020:5e0c1d2a-0000-4000-8000-000000000001';

function reviewPayload(number: number): string {
  const definition = examples.find((candidate) => candidate.name === 'pull_request_review');
  const example = definition?.examples.find(
    (candidate) => 'action' in candidate && candidate.action === 'submitted',
  );
  const payload: unknown = JSON.parse(JSON.stringify(example));
  if (typeof payload !== 'object' || payload === null) throw new Error('no review example');
  const text = JSON.stringify(payload)
    .replaceAll('Codertocat/Hello-World', 'acme/checkout-web')
    .replaceAll('"login":"Codertocat"', '"login":"dana-lee"')
    .replace('"state":"commented"', '"state":"approved"')
    .replaceAll('"number":2,', `"number":${String(number)},`);
  return text;
}

const sign = (body: string) => `sha256=${createHmac('sha256', SECRET).update(body, 'utf8').digest('hex')}`;

function send(url: string, body: string, deliveryId: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'pull_request_review',
      'x-github-delivery': deliveryId,
      'x-hub-signature-256': sign(body),
    },
    body,
  }).then(async (response) => {
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  });
}

/** Sends `count` deliveries with at most IN_FLIGHT outstanding; answers throughput and latencies. */
async function burst(url: string, count: number) {
  const bodies = Array.from({ length: count }, (_, i) => reviewPayload(10_000 + i));
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) {
        const body = bodies[next++] ?? '';
        const answer = await send(url, body, randomUUID());
        latencies.push(answer.ms);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: count / seconds, ...summarise(latencies), statuses };
}

function baselineServer(): Promise<Server> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
    });
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const expected = Buffer.from(`sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`);
      const received = Buffer.from(String(request.headers['x-hub-signature-256'] ?? ''));
      const ok = expected.length === received.length && timingSafeEqual(expected, received);
      response.writeHead(ok ? 202 : 401).end();
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

async function withHost<T>(run: (host: LocalHost, url: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-bench-webhook-'));
  const host = await startLocalHost({ port: 0, dataDir, githubWebhookSecret: SECRET });
  try {
    const url = host.runtime.listWebtriggers()['github-webhook'];
    if (url === undefined) throw new Error('no github-webhook webtrigger');
    return await run(host, url);
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const baseline = await baselineServer();
  const baselineUrl = `http://127.0.0.1:${String((baseline.address() as AddressInfo).port)}/`;
  await burst(baselineUrl, 100); // warm-up
  const bare = await burst(baselineUrl, BURST);
  baseline.close();

  const intake = await withHost(async (_host, url) => {
    await burst(url, 100);
    return burst(url, BURST);
  });

  const drafting = await withHost(async (host, url) => {
    host.kvs.set({ area: 'entity', entityName: 'policy-document' }, 'current', {
      revision: 1,
      updatedAt: new Date().toISOString(),
      updatedBy: 'bench',
      document: {
        ...demoPolicy,
        repositories: { githubLogins: { 'dana-lee': DANA }, createOnMerge: true },
      },
    });
    host.kvs.set({ area: 'secret' }, SECRETS.githubToken, 'ghp_bench');
    const visible: number[] = [];
    const calls: number[] = [];
    for (let i = 0; i < DRAFTS; i++) {
      const before = host.appJiraCalls.length;
      const started = performance.now();
      const answer = await send(url, reviewPayload(20_000 + i), randomUUID());
      if (answer.status !== 202) throw new Error(`delivery answered ${String(answer.status)}`);
      await host.settle();
      visible.push(performance.now() - started);
      calls.push(host.appJiraCalls.filter((call, index) => index >= before && call.caller === 'app').length);
    }
    return { visible: summarise(visible), first: calls[0] ?? 0, steady: summarise(calls.slice(1)) };
  });

  console.log(`Webhook intake: burst of ${String(BURST)} signed deliveries, ${String(IN_FLIGHT)} in flight`);
  console.log(
    `  bare node:http + HMAC: ${fmt(bare.perSecond, 0)}/s  ack p50 ${fmt(bare.p50)} ms  p99 ${fmt(bare.p99)} ms`,
  );
  console.log(
    `  Async CAB webtrigger:  ${fmt(intake.perSecond, 0)}/s  ack p50 ${fmt(intake.p50)} ms  p99 ${fmt(intake.p99)} ms  statuses ${JSON.stringify(Object.fromEntries(intake.statuses))}`,
  );
  console.log(`  throughput ratio (app / baseline): ${fmt(intake.perSecond / bare.perSecond)} (aim >= 0.5)`);
  console.log(`Delivery -> draft CR visible (${String(DRAFTS)} PRs, one at a time)`);
  console.log(`  p50 ${fmt(drafting.visible.p50)} ms  p99 ${fmt(drafting.visible.p99)} ms`);
  console.log('Jira REST calls per drafted CR (aim: 4 or fewer)');
  console.log(`  first CR (cold caches): ${String(drafting.first)}`);
  console.log(`  afterwards: p50 ${fmt(drafting.steady.p50, 0)}  max ${fmt(drafting.steady.p99, 0)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
