/**
 * Final approval -> status Approved and decision record written, p50/p99 over N CRs: the time from
 * the last `answerApproval` call (the approver's click in the issue panel) until the issue is in "Approved"
 * and the internal decision record comment exists. Normal checkout-web CRs need one approval, from
 * cab-payments (Priya Nair). Printed, not asserted.
 */
import { basicAuth, benchAnswers, raiseRequest } from './bench-fixtures';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalHost } from '../local/host/create-local-host';
import { fmt, summarise } from './bench-stats';

const CRS = Number(process.env.BENCH_CRS ?? 30);
const cookie = (accountId: string) => `acab_user=${encodeURIComponent(accountId)}`;
const DANA = {
  auth: basicAuth('dana.lee@asynccab.example'),
  id: '712020:5e0c1d2a-0000-4000-8000-000000000001',
};
const PRIYA = {
  auth: basicAuth('priya.nair@asynccab.example'),
  id: '712020:5e0c1d2a-0000-4000-8000-000000000006',
};
const MORGAN = basicAuth('morgan.blake@asynccab.example');

const answers = benchAnswers();

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-bench-decision-'));
  const host = await startLocalHost({ port: 0, dataDir });
  const samples: number[] = [];
  try {
    for (let i = 0; i < CRS; i++) {
      const issueKey = await raise(host.url, `Bench decision ${String(i)}`);
      await host.settle();
      // The portal's request view routes the CR on first view (docs/architecture.md, flow 2).
      await invoke(host.url, DANA.id, issueKey, 'getApprovalPanel', { issueKey });
      const approvalId = await approvalIdFor(host.url, issueKey);
      const started = performance.now();
      await invoke(host.url, PRIYA.id, issueKey, 'answerApproval', {
        issueKey,
        approvalId,
        decision: 'approve',
      });
      await waitUntilRecorded(host.url, issueKey);
      samples.push(performance.now() - started);
    }
    const stats = summarise(samples);
    console.log('Final approval -> status Approved and decision record written');
    console.log(
      `  ${String(stats.n)} CRs: p50 ${fmt(stats.p50)} ms, p99 ${fmt(stats.p99)} ms, mean ${fmt(stats.mean)} ms`,
    );
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const raise = (url: string, summary: string) => raiseRequest(url, DANA.auth, summary, answers);

async function invoke(url: string, accountId: string, issueKey: string, key: string, payload: unknown) {
  const page = await fetch(`${url}/browse/${issueKey}`, { headers: { cookie: cookie(accountId) } });
  const frame = /data-frame-token="([^"]+)"/.exec(await page.text())?.[1]?.replace(/&amp;/g, '&');
  if (frame === undefined) throw new Error(`no app frame on /browse/${issueKey}`);
  const answer = await fetch(`${url}/_local/ui/bridge`, {
    method: 'POST',
    headers: { cookie: cookie(accountId), 'content-type': 'application/json' },
    body: JSON.stringify({ frame, command: 'invoke', payload: { functionKey: key, payload } }),
  });
  const body = (await answer.json()) as { result?: { ok: boolean; error?: { message: string } } };
  if (body.result?.ok !== true) throw new Error(`${key} on ${issueKey} failed: ${JSON.stringify(body)}`);
  return body.result;
}

/** The approval id JSM created when the CR entered "Awaiting approval", as the approver's panel shows it. */
async function approvalIdFor(url: string, issueKey: string): Promise<string> {
  const answer = await fetch(`${url}/rest/servicedeskapi/request/${issueKey}/approval`, {
    headers: { authorization: PRIYA.auth },
  });
  const page = (await answer.json()) as { values: { id: string; finalDecision: string }[] };
  const pending = page.values.find((approval) => approval.finalDecision === 'pending');
  if (pending === undefined) throw new Error(`${issueKey} has no pending approval`);
  return pending.id;
}

async function waitUntilRecorded(url: string, issueKey: string): Promise<void> {
  for (let attempt = 0; attempt < 2000; attempt++) {
    const issue = (await (
      await fetch(`${url}/rest/api/3/issue/${issueKey}?fields=status`, { headers: { authorization: MORGAN } })
    ).json()) as { fields: { status: { name: string } } };
    const comments = (await (
      await fetch(`${url}/rest/servicedeskapi/request/${issueKey}/comment?internal=true&public=true`, {
        headers: { authorization: MORGAN },
      })
    ).json()) as { values: { public: boolean; body: string }[] };
    const recorded = comments.values.some((comment) => !comment.public && /approved/i.test(comment.body));
    if (issue.fields.status.name === 'Approved' && recorded) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`${issueKey}: not Approved with a decision record`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
