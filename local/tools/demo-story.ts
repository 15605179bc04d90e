/**
 * A few change requests on a fresh demo site, so the Async CAB page, its figures, the calendar and the issue
 * panels have something to show the first time someone runs `npm start`: raised on the service desk as the
 * demo developers would (JSM REST), routed by the app, and answered by the demo approvers in the app's
 * panel (the bridge, as the browser calls it) or with JSM's own approval buttons (JSM REST). Nothing is
 * written around the app: every step goes through the surfaces a person uses.
 */
import { z } from 'zod';
import { invokeThroughBridge } from './bridge-call';
import { cabFieldValues, fetchCabFieldIds, type CabFieldIds } from './cab-request-fields';

interface StoryHost {
  url: string;
  /** Waits until events, queues and retries are quiet. */
  settle(): Promise<unknown>;
  now(): Date;
  /** Moves the host clock forward (the sweeps run for the skipped time). */
  advance(minutes: number): Promise<void>;
}

interface Person {
  accountId: string;
  email: string;
}

/** The demo people of docs/demo-site.md the story uses. */
const PEOPLE = {
  dana: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000001', email: 'dana.lee@asynccab.example' },
  dev: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000002', email: 'dev.patel@asynccab.example' },
  sam: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000003', email: 'sam.rivera@asynccab.example' },
  olivia: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000005', email: 'olivia.chen@asynccab.example' },
  priya: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000006', email: 'priya.nair@asynccab.example' },
  noah: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000010', email: 'noah.brooks@asynccab.example' },
  alex: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000009', email: 'alex.admin@asynccab.example' },
} as const;

const CHANGE_REQUEST_TYPE_ID = '10';
const DAY = 86_400_000;

export interface DemoStory {
  raised: string[];
  /** Raised, routed and decided: approved and declined. */
  decided: string[];
}

/**
 * Plays the story on a site with no change request yet; on any other it does nothing and answers null. The
 * host clock should start a day before `until`: the requests are raised then, answered hours later, and the
 * clock is moved on to `until` at the end, so the figures show times people take, not milliseconds.
 */
export async function playDemoStory(host: StoryHost, until: Date = host.now()): Promise<DemoStory | null> {
  const client = storyClient(host);
  if ((await client.changeRequestCount()) > 0) return null;
  const ids = await fetchCabFieldIds(host.url, basic(PEOPLE.alex));
  // Windows in the days after `until`, so nothing is in the past when the page opens.
  const day = (offset: number, hour: number, minutes = 0) => {
    const base = new Date(until.getTime() + offset * DAY);
    return new Date(
      Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate(), hour, minutes),
    ).toISOString();
  };
  const answers = (systems: string[], risk: string, start: string, end: string) => ({
    affectedSystems: systems,
    changeType: 'normal',
    risk,
    plannedWindow: { start, end, timeZone: 'Europe/London' },
    testing: { tested: true, evidenceUrl: 'https://ci.example/acme/runs/4412' },
    consequenceOfNotReleasing: 'Customers keep seeing the problem until the next release window.',
    rollbackPlan: 'Redeploy the previous version with the deploy pipeline; it takes five minutes.',
  });

  const cache = await client.raise(
    PEOPLE.dana,
    'Tune the checkout cache',
    answers(['checkout-web'], 'medium', day(2, 10), day(2, 11)),
    ids,
  );
  const font = await client.raise(
    PEOPLE.dana,
    'Change the checkout font',
    answers(['checkout-web'], 'low', day(2, 10, 30), day(2, 12)),
    ids,
  );
  const key = await client.raise(
    PEOPLE.dana,
    'Rotate the payments API signing key',
    answers(['payments-api'], 'medium', day(3, 10), day(3, 11)),
    ids,
  );
  const ingress = await client.raise(
    PEOPLE.dev,
    'Upgrade the ingress controller',
    answers(['k8s-platform'], 'high', day(4, 14), day(4, 15)),
    ids,
  );
  const dashboards = await client.raise(
    PEOPLE.noah,
    'Add a payment latency dashboard',
    answers(['observability'], 'low', day(6, 10), day(6, 11)),
    ids,
  );

  // The signing key: Priya approves in the panel three hours later, Sam with JSM's own button after two more
  await later(host, 180, until);
  await client.answerInPanel(PEOPLE.priya, key, 'approve', 'Checked the key rotation runbook.');
  await later(host, 120, until);
  await client.answerInJsm(PEOPLE.sam, key, 'approve');
  // The ingress upgrade: Olivia declines in the panel the next morning, with the reason
  await later(host, 15 * 60, until);
  await client.answerInPanel(PEOPLE.olivia, ingress, 'decline', 'Wait until the new load balancer is live.');
  await later(host, Number.POSITIVE_INFINITY, until);
  await host.settle();
  return { raised: [cache, font, key, ingress, dashboards], decided: [key, ingress] };
}

/** Moves the clock on by `minutes`, never past `until`. */
async function later(host: StoryHost, minutes: number, until: Date): Promise<void> {
  const left = Math.floor((until.getTime() - host.now().getTime()) / 60_000);
  const step = Math.min(minutes, left);
  if (step > 0) await host.advance(step);
  await host.settle();
}

const basic = (as: Person) => `Basic ${Buffer.from(`${as.email}:token`).toString('base64')}`;

const CreatedSchema = z.object({ issueKey: z.string() });
const ApprovalsSchema = z.object({
  values: z.array(z.object({ id: z.string(), finalDecision: z.string() })),
});
const PanelSchema = z.object({
  ok: z.literal(true),
  value: z.object({ viewer: z.object({ approvalId: z.string().nullable() }) }),
});
const SearchSchema = z.object({ issues: z.array(z.unknown()) });

function storyClient(host: StoryHost) {
  const rest = async (as: Person, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${host.url}${path}`, {
      method,
      headers: { authorization: basic(as), 'content-type': 'application/json', accept: 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (response.status >= 300)
      throw new Error(`${method} ${path} answered ${String(response.status)}: ${text.slice(0, 300)}`);
    return text === '' ? null : (JSON.parse(text) as unknown);
  };
  /** Calls the issue panel's resolver as `as`, the way its frame does through the host's bridge. */
  const panelCall = (as: Person, issueKey: string, functionKey: string, payload: unknown) =>
    invokeThroughBridge(
      {
        baseUrl: host.url,
        accountId: as.accountId,
        pagePath: `/browse/${issueKey}`,
        moduleKey: 'cab-approval-panel',
      },
      functionKey,
      payload,
    );
  return {
    async changeRequestCount() {
      const found = SearchSchema.parse(
        await rest(
          PEOPLE.alex,
          'GET',
          `/rest/api/3/search/jql?jql=${encodeURIComponent('project = CHG')}&maxResults=1`,
        ),
      );
      return found.issues.length;
    },
    async raise(as: Person, summary: string, answers: Record<string, unknown>, ids: CabFieldIds) {
      const created = CreatedSchema.parse(
        await rest(as, 'POST', '/rest/servicedeskapi/request', {
          serviceDeskId: '1',
          requestTypeId: CHANGE_REQUEST_TYPE_ID,
          requestFieldValues: { summary, ...cabFieldValues(answers, ids) },
        }),
      );
      await host.settle();
      return created.issueKey;
    },
    async answerInPanel(as: Person, issueKey: string, decision: 'approve' | 'decline', comment: string) {
      const panel = PanelSchema.parse(await panelCall(as, issueKey, 'getApprovalPanel', { issueKey }));
      const approvalId = panel.value.viewer.approvalId;
      if (approvalId === null) throw new Error(`${as.email} cannot answer ${issueKey}`);
      await panelCall(as, issueKey, 'answerApproval', { issueKey, approvalId, decision, comment });
      await host.settle();
    },
    async answerInJsm(as: Person, issueKey: string, decision: 'approve' | 'decline') {
      const listed = ApprovalsSchema.parse(
        await rest(as, 'GET', `/rest/servicedeskapi/request/${issueKey}/approval`),
      );
      const pending = listed.values.find((approval) => approval.finalDecision === 'pending');
      if (pending === undefined) throw new Error(`${issueKey} has no pending approval`);
      await rest(as, 'POST', `/rest/servicedeskapi/request/${issueKey}/approval/${pending.id}`, { decision });
      await host.settle();
    },
  };
}
