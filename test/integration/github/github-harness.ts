/**
 * Real GitHub example payloads (`@octokit/webhooks-examples`), re-pointed at the demo repositories, signed
 * by the test and POSTed over HTTP to the local host's webtrigger, as GitHub would.
 */
import { createHmac, randomUUID } from 'node:crypto';
import type { components } from '@octokit/openapi-webhooks-types';
import examples from '@octokit/webhooks-examples';
import { SECRETS } from '../../../src/adapters/kvs/storage-keys';
import { demoPolicy } from '../../../src/domain/policy';
import { APP_UUID, PEOPLE, type AppHost, type Person } from '../app/app-harness';

type Schemas = components['schemas'];
export type ReviewSubmitted = Schemas['webhook-pull-request-review-submitted'];
export type PullRequestClosed = Schemas['webhook-pull-request-closed'];
export type PullRequestSynchronize = Schemas['webhook-pull-request-synchronize'];
export type CheckRunCompleted = Schemas['webhook-check-run-completed'];

/** The demo repository of the Checkout web system (docs/demo-site.md). */
export const REPO = { owner: 'acme', name: 'checkout-web', fullName: 'acme/checkout-web' };
export const DANA_LOGIN = 'dana-lee';
export const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
export const NEW_HEAD_SHA = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
export const GITHUB_TOKEN = 'ghp_localtesttoken000000000000000000000';

/**
 * A deep copy of the first example of `event` with `action`. The examples are typed by the frozen
 * @octokit/webhooks-types; the app reads the current OpenAPI shapes, so the copy is re-typed to those.
 */
function example(event: string, action: string): unknown {
  const found = examples.find((definition) => definition.name === event);
  const payload = found?.examples.find((candidate) => 'action' in candidate && candidate.action === action);
  if (payload === undefined) throw new Error(`no ${event}.${action} example`);
  return structuredClone(payload);
}

function repoint(repository: { full_name: string; name: string; owner: { login: string } }): void {
  repository.full_name = REPO.fullName;
  repository.name = REPO.name;
  repository.owner.login = REPO.owner;
}

export function approvedReview(number: number, headSha = HEAD_SHA): ReviewSubmitted {
  const payload = example('pull_request_review', 'submitted') as ReviewSubmitted;
  repoint(payload.repository);
  payload.review.state = 'approved';
  payload.pull_request.number = number;
  payload.pull_request.title = `Retry card payments on gateway timeouts (#${String(number)})`;
  payload.pull_request.html_url = `https://github.com/${REPO.fullName}/pull/${String(number)}`;
  payload.pull_request.head.sha = headSha;
  if (payload.pull_request.user) payload.pull_request.user.login = DANA_LOGIN;
  return payload;
}

export function mergedPullRequest(number: number, mergeSha: string): PullRequestClosed {
  const payload = example('pull_request', 'closed') as PullRequestClosed;
  repoint(payload.repository);
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.merged = true;
  payload.pull_request.merge_commit_sha = mergeSha;
  payload.pull_request.html_url = `https://github.com/${REPO.fullName}/pull/${String(number)}`;
  payload.pull_request.head.sha = HEAD_SHA;
  payload.pull_request.user.login = DANA_LOGIN;
  return payload;
}

export function synchronized(number: number, headSha: string): PullRequestSynchronize {
  const payload = example('pull_request', 'synchronize') as PullRequestSynchronize;
  repoint(payload.repository);
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.html_url = `https://github.com/${REPO.fullName}/pull/${String(number)}`;
  payload.pull_request.head.sha = headSha;
  payload.after = headSha;
  if (payload.pull_request.user) payload.pull_request.user.login = DANA_LOGIN;
  return payload;
}

export function checkRunCompleted(number: number, conclusion: 'success' | 'failure'): CheckRunCompleted {
  const payload = example('check_run', 'completed') as CheckRunCompleted;
  repoint(payload.repository);
  payload.check_run.conclusion = conclusion;
  payload.check_run.head_sha = HEAD_SHA;
  payload.check_run.html_url = `https://github.com/${REPO.fullName}/runs/4412`;
  const pr = payload.check_run.pull_requests[0];
  if (pr) pr.number = number;
  return payload;
}

export function sign(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** What the GitHub helpers need: the host (tests with other harnesses pass just that). */
export type HostOnly = Pick<AppHost, 'host'>;

export interface DeliverOptions {
  deliveryId?: string;
  secret?: string;
  signature?: string | null;
  contentType?: string;
  body?: string;
}

export function webhookUrl(app: HostOnly): string {
  const url = app.host.runtime.listWebtriggers()['github-webhook'];
  if (url === undefined) throw new Error('no github-webhook webtrigger');
  return url;
}

/** POSTs a delivery as GitHub does: raw JSON body, X-GitHub-* headers, X-Hub-Signature-256 over the body. */
export async function deliver(
  app: HostOnly,
  event: string,
  payload: unknown,
  options: DeliverOptions = {},
): Promise<{ status: number; deliveryId: string; text: string }> {
  const body = options.body ?? JSON.stringify(payload);
  const deliveryId = options.deliveryId ?? randomUUID();
  const signature =
    options.signature === undefined
      ? sign(options.secret ?? app.host.githubWebhookSecret, body)
      : options.signature;
  const response = await fetch(webhookUrl(app), {
    method: 'POST',
    headers: {
      'Content-Type': options.contentType ?? 'application/json',
      'User-Agent': 'GitHub-Hookshot/local',
      'X-GitHub-Event': event,
      'X-GitHub-Delivery': deliveryId,
      ...(signature === null ? {} : { 'X-Hub-Signature-256': signature }),
    },
    body,
  });
  return { status: response.status, deliveryId, text: await response.text() };
}

/** The policy maps Dana's GitHub login (Given); stored as the admin page stores it. */
export function mapDanaLogin(app: HostOnly, createOnMerge = true): void {
  app.host.kvs.set({ area: 'entity', entityName: 'policy-document' }, 'current', {
    revision: 1,
    updatedAt: '2026-11-24T08:00:00.000Z',
    updatedBy: PEOPLE.alex.accountId,
    document: {
      ...demoPolicy,
      repositories: { githubLogins: { [DANA_LOGIN]: PEOPLE.dana.accountId }, createOnMerge },
    },
  });
}

export function setGitHubToken(app: HostOnly): void {
  app.host.kvs.set({ area: 'secret' }, SECRETS.githubToken, GITHUB_TOKEN);
}

export interface IssueView {
  key: string;
  fields: Record<string, unknown> & {
    summary: string;
    status: { name: string };
    reporter: { accountId: string } | null;
  };
  properties: Record<string, unknown>;
}

export async function readIssue(
  app: AppHost,
  issueKey: string,
  as: Person = PEOPLE.morgan,
): Promise<IssueView> {
  const response = await app.rest(`/rest/api/3/issue/${issueKey}?properties=${APP_UUID}`, as);
  if (response.status !== 200) throw new Error(`GET ${issueKey}: ${String(response.status)}`);
  return (await response.json()) as IssueView;
}

/** Every CR in the CHG project, oldest first. */
export async function changeRequestKeys(app: AppHost): Promise<string[]> {
  const response = await app.rest(
    `/rest/api/3/search/jql?jql=${encodeURIComponent('project = CHG ORDER BY created ASC')}&fields=summary&maxResults=100`,
    PEOPLE.morgan,
  );
  if (response.status !== 200) throw new Error(`search: ${String(response.status)} ${await response.text()}`);
  const body = (await response.json()) as { issues: { key: string }[] };
  return body.issues.map((issue) => issue.key);
}

/** The commit statuses the app set on a SHA, oldest first. */
export function statusesOn(
  app: AppHost,
  sha: string,
): { state: string; context: string; target_url: string }[] {
  return app.host.github
    .recordedCalls()
    .filter((call) => call.method === 'POST' && call.path === `/repos/${REPO.fullName}/statuses/${sha}`)
    .map((call) => call.body as { state: string; context: string; target_url: string });
}

/** Switches the Jira stand-in's faults over HTTP (`POST /_local/faults`), as a test of any harness would. */
export async function setFaults(app: HostOnly, body: unknown): Promise<void> {
  const answer = await fetch(`${app.host.url}/_local/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (answer.status !== 200)
    throw new Error(`faults answered ${String(answer.status)}: ${await answer.text()}`);
}

/** Lets the queue's retries (10, 20, 40, 80 s on the host clock) run out, a minute at a time. */
export async function letQueueRetriesRun(app: HostOnly, minutes = 6): Promise<void> {
  for (let minute = 0; minute < minutes; minute++) {
    await app.host.clock.advance(1);
    await app.host.settle();
  }
}

/** Dana's draft CR from the approved review of PR `number`, with her login mapped and a GitHub token set. */
export async function draftFromApprovedReview(app: AppHost, number: number): Promise<string> {
  mapDanaLogin(app);
  setGitHubToken(app);
  await deliver(app, 'pull_request_review', approvedReview(number));
  await app.host.settle();
  const keys = await changeRequestKeys(app);
  const key = keys.at(-1);
  if (key === undefined) throw new Error(`no draft was made from PR #${String(number)}`);
  return key;
}
