/**
 * Counts the Jira REST calls the real app makes for one step, through the local host's record of them
 * (`GET /_local/jira-calls?since=<n>`): who made each call (the app, or the person it acted for) and on what.
 */
import type { AppHost } from '../app/app-harness';

export interface RecordedCall {
  n: number;
  caller: 'app' | 'user';
  accountId?: string;
  method: string;
  path: string;
  issueKey: string | null;
  at: string;
}

export async function jiraCalls(app: AppHost, since = 0): Promise<RecordedCall[]> {
  const answer = await fetch(`${app.host.url}/_local/jira-calls?since=${String(since)}`);
  if (answer.status !== 200) throw new Error(`GET /_local/jira-calls answered ${String(answer.status)}`);
  return (await answer.json()) as RecordedCall[];
}

/** The calls made while `step` ran, and until the product events and queues it caused have settled. */
export async function callsDuring(app: AppHost, step: () => Promise<unknown>): Promise<RecordedCall[]> {
  const before = await jiraCalls(app);
  await step();
  await app.host.settle();
  return jiraCalls(app, before.at(-1)?.n ?? 0);
}

/** `user(<accountId>) GET /rest/...` or `app POST /rest/...`, with the issue key kept: easy to read in a diff. */
export const describeCall = (call: RecordedCall): string =>
  `${call.caller === 'user' ? `user(${call.accountId ?? '?'})` : 'app'} ${call.method} ${call.path}`;

/** The panel's envelope, as far as these tests read it. */
export interface PanelEnvelope {
  ok: boolean;
  value?: {
    status: string;
    decision: string;
    decisionRecord: string | null;
    viewer: { approvalId: string | null; canAnswer: boolean };
    groups: { groupId: string; approvedBy: { accountId: string }[] }[];
  };
}
