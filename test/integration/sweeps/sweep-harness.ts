/**
 * Deadline-sweep scenarios through the local host: the host's clock starts at a chosen instant
 * and is fast-forwarded; the five-minute scheduled trigger runs the real sweep on every advance.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { startLocalHost, type LocalHost } from '../../../local/host/create-local-host';
import { basic, PEOPLE, type Person } from '../app/app-harness';
import { cabFieldValues, fetchCabFieldIds, type CabFieldIds } from '../../../local/tools/cab-request-fields';
import { invokeThroughBridge } from '../../../local/tools/bridge-call';

export interface Email {
  issueKey: string;
  subject: string;
  textBody: string;
  recipients: { emailAddress: string; accountId?: string }[];
}

export interface PanelSilence {
  objectionDeadline: string;
  open: boolean;
  canObject: boolean;
  objections: { by: string; reason: string }[];
}

export interface Panel {
  status: string;
  decisionRecord: string | null;
  deadline: { overdue: boolean; label: string } | null;
  silence?: PanelSilence;
}

export type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

export interface SweepHost {
  host: LocalHost;
  raise(as: Person, summary: string, answers: Record<string, unknown>): Promise<string>;
  call<T = Panel>(as: Person, issueKey: string, key: string, payload: unknown): Promise<Answer<T>>;
  panel(as: Person, issueKey: string): Promise<Panel>;
  /** Moves the host clock to `iso` (the scheduled sweep runs), then waits for events and queues. */
  advanceTo(iso: string): Promise<void>;
  emails(issueKey: string): Promise<Email[]>;
  chat(issueKey: string): Promise<{ text: string }[]>;
  jql(query: string): Promise<string[]>;
  /** Starts counting the app's Jira calls (the host's `appJiraCalls`); the function answers those made since. */
  countJiraCalls(): () => JiraCall[];
  /** From now on the host drops every product event about `issueKey`: a lost or never-sent event. */
  loseEventsFor(issueKey: string): void;
  /** Answers JSM's approval as `as` over servicedeskapi (JSM's own buttons), without the app's panel. */
  answerInJsm(as: Person, issueKey: string, decision: 'approve' | 'decline'): Promise<void>;
  stop(): Promise<void>;
}

export interface JiraCall {
  caller: 'app' | 'user';
  method: string;
  path: string;
}

const IssueEventSchema = z.looseObject({ issue: z.looseObject({ key: z.string() }) });
const ApprovalsSchema = z.object({
  values: z.array(z.looseObject({ id: z.string(), finalDecision: z.string() })),
});

export async function startSweepHost(startAt: string): Promise<SweepHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-sweep-'));
  const host = await startLocalHost({
    port: 0,
    dataDir,
    startAt: new Date(startAt),
    ...(process.env.SWEEP_LOG === undefined
      ? {}
      : {
          log: (line: string) => {
            console.log(line);
          },
        }),
  });
  // Events about these issues never reach the app, as when Jira drops or never sends one (docs/platform-assumptions.md).
  const lost = new Set<string>();
  const deliver = host.runtime.emitProductEvent.bind(host.runtime);
  host.runtime.emitProductEvent = (event) => {
    const about = IssueEventSchema.safeParse(event);
    return about.success && lost.has(about.data.issue.key) ? Promise.resolve([]) : deliver(event);
  };
  let ids: CabFieldIds | undefined;
  const rest = (path: string, as: Person, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${host.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Basic ${Buffer.from(`${as.email}:token`).toString('base64')}`,
        'content-type': 'application/json',
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const call = async <T>(as: Person, issueKey: string, key: string, payload: unknown) =>
    (await invokeThroughBridge(
      { baseUrl: host.url, accountId: as.accountId, pagePath: `/browse/${issueKey}` },
      key,
      payload,
    )) as Answer<T>;
  return {
    host,
    async raise(as, summary, answers) {
      ids ??= await fetchCabFieldIds(host.url, basic(PEOPLE.alex));
      const created = await rest('/rest/servicedeskapi/request', as, {
        method: 'POST',
        body: {
          serviceDeskId: '1',
          requestTypeId: '10',
          requestFieldValues: { summary, ...cabFieldValues(answers, ids) },
        },
      });
      if (created.status !== 201)
        throw new Error(`create failed ${String(created.status)}: ${await created.text()}`);
      const { issueKey } = (await created.json()) as { issueKey: string };
      await host.settle();
      // The portal's request view routes the CR on first view (docs/architecture.md, flow 2), as the developer sees it.
      const routed = await call<Panel>(as, issueKey, 'getApprovalPanel', { issueKey });
      if (!routed.ok) throw new Error(`routing failed: ${routed.error.message}`);
      return issueKey;
    },
    call,
    async panel(as, issueKey) {
      const answer = await call<Panel>(as, issueKey, 'getApprovalPanel', { issueKey });
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value;
    },
    async advanceTo(iso) {
      const minutes = (Date.parse(iso) - host.clock.now().getTime()) / 60_000;
      if (minutes > 0) await host.clock.advance(minutes);
      await host.settle();
    },
    async emails(issueKey) {
      const all = (await (await fetch(`${host.url}/_local/outbox`)).json()) as Email[];
      return all.filter((mail) => mail.issueKey === issueKey);
    },
    async chat(issueKey) {
      const all = (await (await fetch(`${host.url}/_local/chat`)).json()) as {
        issueKey: string;
        text: string;
      }[];
      return all.filter((message) => message.issueKey === issueKey);
    },
    async jql(query) {
      const response = await rest(
        `/rest/api/3/search/jql?jql=${encodeURIComponent(query)}&fields=summary&maxResults=100`,
        PEOPLE.alex,
      );
      if (response.status !== 200)
        throw new Error(`JQL failed ${String(response.status)}: ${await response.text()}`);
      const page = (await response.json()) as { issues: { key: string }[] };
      return page.issues.map((issue) => issue.key);
    },
    countJiraCalls() {
      const from = host.appJiraCalls.length;
      return () => host.appJiraCalls.slice(from);
    },
    loseEventsFor(issueKey) {
      lost.add(issueKey);
    },
    async answerInJsm(as, issueKey, decision) {
      const listed = await rest(`/rest/servicedeskapi/request/${issueKey}/approval`, as);
      const pending = ApprovalsSchema.parse(await listed.json()).values.find(
        (approval) => approval.finalDecision === 'pending',
      );
      if (pending === undefined) throw new Error(`${issueKey} has no pending approval`);
      const answered = await rest(`/rest/servicedeskapi/request/${issueKey}/approval/${pending.id}`, as, {
        method: 'POST',
        body: { decision },
      });
      if (answered.status !== 200)
        throw new Error(`answering failed ${String(answered.status)}: ${await answered.text()}`);
      await host.settle();
    },
    async stop() {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Account ids a set of emails went to, sorted (recipients the stand-in resolved from ids and groups). */
export function recipientIds(emails: Email[]): string[] {
  return emails
    .flatMap((mail) => mail.recipients.map((recipient) => recipient.accountId ?? recipient.emailAddress))
    .sort();
}
