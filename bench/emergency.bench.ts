/**
 * Emergency submit -> every emergency approver notified (an email to each in the outbox and the
 * urgent chat line mentioning each), p50/p99 over N CRs. Each CR is raised with the Emergency change
 * request type and its CAB answers in one create (as JSM stores the portal create panel's data); the
 * `avi:jira:created:issue` trigger routes and pages. Printed, not asserted.
 */
import { benchAnswers, raiseRequest } from './bench-fixtures';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalHost } from '../local/host/create-local-host';
import { fmt, summarise } from './bench-stats';

const CRS = Number(process.env.BENCH_CRS ?? 30);
const DANA = `Basic ${Buffer.from('dana.lee@asynccab.example:x').toString('base64')}`;
const DANA_COOKIE = `acab_user=${encodeURIComponent('712020:5e0c1d2a-0000-4000-8000-000000000001')}`;
/** The ECAB of the default policy (docs/demo-site.md). */
const ECAB = [
  { name: 'Olivia Chen', email: 'olivia.chen@asynccab.example' },
  { name: 'Sam Rivera', email: 'sam.rivera@asynccab.example' },
  { name: 'Elena Petrova', email: 'elena.petrova@asynccab.example' },
  { name: 'Morgan Blake', email: 'morgan.blake@asynccab.example' },
];

const answers = benchAnswers({ affectedSystems: ['observability'], changeType: 'emergency', risk: 'high' });

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-bench-emergency-'));
  const host = await startLocalHost({ port: 0, dataDir });
  const samples: number[] = [];
  try {
    for (let i = 0; i < CRS; i++) {
      const started = performance.now();
      const issueKey = await raiseRequest(host.url, DANA, `Bench emergency ${String(i)}`, answers, '11');
      await host.settle();
      await route(host.url, issueKey);
      await waitUntilPaged(host.url, issueKey);
      samples.push(performance.now() - started);
    }
    const stats = summarise(samples);
    console.log('Emergency submit -> every emergency approver notified (email each + chat mention)');
    console.log(
      `  ${String(stats.n)} CRs: p50 ${fmt(stats.p50)} ms, p99 ${fmt(stats.p99)} ms, mean ${fmt(stats.mean)} ms`,
    );
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The portal's request view asks for the panel right after creation, which routes the CR (flow 2). */
async function route(url: string, issueKey: string): Promise<void> {
  const page = await fetch(`${url}/browse/${issueKey}`, {
    headers: { cookie: DANA_COOKIE },
  });
  const frame = /data-frame-token="([^"]+)"/.exec(await page.text())?.[1]?.replace(/&amp;/g, '&');
  if (frame === undefined) throw new Error(`no app frame on /browse/${issueKey}`);
  await fetch(`${url}/_local/ui/bridge`, {
    method: 'POST',
    headers: {
      cookie: DANA_COOKIE,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      frame,
      command: 'invoke',
      payload: { functionKey: 'getApprovalPanel', payload: { issueKey } },
    }),
  });
}

async function waitUntilPaged(url: string, issueKey: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const mails = (await (await fetch(`${url}/_local/outbox`)).json()) as {
      issueKey: string;
      recipients: { emailAddress: string }[];
    }[];
    const chat = (await (await fetch(`${url}/_local/chat`)).json()) as { issueKey: string; text: string }[];
    const emailed = new Set(
      mails
        .filter((mail) => mail.issueKey === issueKey)
        .flatMap((mail) => mail.recipients.map((r) => r.emailAddress)),
    );
    const lines = chat.filter((message) => message.issueKey === issueKey).map((message) => message.text);
    const everyone = ECAB.every(
      (person) => emailed.has(person.email) && lines.some((text) => text.includes(`@${person.name}`)),
    );
    if (everyone) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${issueKey}: not every emergency approver was notified`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
