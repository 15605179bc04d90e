/**
 * The GitHub REST calls Async CAB makes, answered with GitHub's shapes (docs.github.com/rest/commits/statuses,
 * /rest/checks/runs) and recorded so a person or a test can see them. Statuses and check runs are kept per
 * repository and commit, so the combined status reflects what the app wrote.
 */
import { randomInt } from 'node:crypto';
import { findIssueKey, isRecord, jsonEgress, type EgressRequest, type EgressResponse } from './egress-types';
import { inMemoryGitHubRecords, type GitHubRecordStore } from './github-store';

export interface GitHubCall {
  at: string;
  method: string;
  path: string;
  status: number;
  issueKey: string | null;
  body: unknown;
}

interface CommitStatus {
  id: number;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  target_url: string | null;
  created_at: string;
  updated_at: string;
}

interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  html_url: string;
  details_url: string | null;
}

const STATES = ['error', 'failure', 'pending', 'success'] as const;
const SHA = /^[0-9a-f]{40}$/;
const DOCS = 'https://docs.github.com/rest';

const isState = (value: unknown): value is CommitStatus['state'] =>
  typeof value === 'string' && (STATES as readonly string[]).includes(value);

export class GitHubStandIn {
  private readonly calls: GitHubCall[] = [];
  private readonly statuses = new Map<string, CommitStatus[]>();
  private readonly checkRuns = new Map<string, CheckRun[]>();

  constructor(
    private readonly now: () => Date,
    private readonly records: GitHubRecordStore = inMemoryGitHubRecords,
  ) {
    // What an earlier run of the host wrote (github-store.ts), as GitHub would still have it.
    for (const { value } of records.load('call')) this.calls.push(value as GitHubCall);
    for (const { key, value } of records.load('status'))
      this.statuses.set(key, [value as CommitStatus, ...(this.statuses.get(key) ?? [])]);
    for (const { key, value } of records.load('check-run'))
      this.checkRuns.set(key, [...(this.checkRuns.get(key) ?? []), value as CheckRun]);
  }

  recordedCalls(): readonly GitHubCall[] {
    return this.calls;
  }

  /** Lets tests and the demo add CI results for a commit, as GitHub Actions would. */
  addCheckRun(
    repository: string,
    sha: string,
    run: { name: string; status: string; conclusion: string | null },
  ): CheckRun {
    const at = this.now().toISOString();
    const created: CheckRun = {
      id: randomInt(1, 2 ** 31),
      name: run.name,
      head_sha: sha,
      status: run.status,
      conclusion: run.conclusion,
      started_at: at,
      completed_at: run.status === 'completed' ? at : null,
      html_url: `https://github.com/${repository}/runs/${String(randomInt(1, 2 ** 31))}`,
      details_url: null,
    };
    const key = `${repository}@${sha}`;
    this.checkRuns.set(key, [...(this.checkRuns.get(key) ?? []), created]);
    this.records.add('check-run', key, created);
    return created;
  }

  handle(request: EgressRequest): EgressResponse {
    const response = this.answer(request);
    let body: unknown = null;
    try {
      body = request.body === '' ? null : JSON.parse(request.body);
    } catch {
      body = request.body;
    }
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const call: GitHubCall = {
      at: this.now().toISOString(),
      method: request.method,
      path: request.url.pathname + request.url.search,
      status: response.status,
      issueKey: findIssueKey(text),
      body,
    };
    this.calls.push(call);
    this.records.add('call', '', call);
    return response;
  }

  private answer(request: EgressRequest): EgressResponse {
    const auth = request.headers.authorization ?? '';
    if (!/^(Bearer|token) \S+/.test(auth)) {
      return jsonEgress(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' });
    }
    const path = request.url.pathname;
    const statusPost = /^\/repos\/([^/]+)\/([^/]+)\/statuses\/([^/]+)$/.exec(path);
    if (statusPost && request.method === 'POST')
      return this.createStatus(`${statusPost[1]}/${statusPost[2]}`, statusPost[3] ?? '', request.body);
    const combined = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/status$/.exec(path);
    if (combined && request.method === 'GET')
      return this.combinedStatus(`${combined[1]}/${combined[2]}`, combined[3] ?? '');
    const runs = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/check-runs$/.exec(path);
    if (runs && request.method === 'GET') {
      const list = this.checkRuns.get(`${runs[1]}/${runs[2]}@${runs[3]}`) ?? [];
      return jsonEgress(200, { total_count: list.length, check_runs: list });
    }
    const createRun = /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/.exec(path);
    if (createRun && request.method === 'POST')
      return this.createCheckRun(`${createRun[1]}/${createRun[2]}`, request.body);
    return jsonEgress(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
  }

  private createStatus(repository: string, sha: string, rawBody: string): EgressResponse {
    if (!SHA.test(sha)) {
      return jsonEgress(422, {
        message: `No commit found for SHA: ${sha}`,
        documentation_url: DOCS,
        status: '422',
      });
    }
    const body = parseObject(rawBody);
    if (body === null || !isState(body.state)) {
      return jsonEgress(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'Status', field: 'state', code: 'missing_field' }],
        documentation_url: DOCS,
        status: '422',
      });
    }
    const at = this.now().toISOString();
    const status: CommitStatus = {
      id: randomInt(1, 2 ** 31),
      state: body.state,
      context: typeof body.context === 'string' ? body.context : 'default',
      description: typeof body.description === 'string' ? body.description.slice(0, 140) : null,
      target_url: typeof body.target_url === 'string' ? body.target_url : null,
      created_at: at,
      updated_at: at,
    };
    const key = `${repository}@${sha}`;
    this.statuses.set(key, [status, ...(this.statuses.get(key) ?? [])]);
    this.records.add('status', key, status);
    return jsonEgress(201, { ...status, url: `https://api.github.com/repos/${repository}/statuses/${sha}` });
  }

  private combinedStatus(repository: string, sha: string): EgressResponse {
    // Latest status per context, newest first; the combined state is pending when there are none.
    const latest = new Map<string, CommitStatus>();
    for (const status of this.statuses.get(`${repository}@${sha}`) ?? []) {
      if (!latest.has(status.context)) latest.set(status.context, status);
    }
    const statuses = [...latest.values()];
    const state = statuses.some((s) => s.state === 'error' || s.state === 'failure')
      ? 'failure'
      : statuses.length > 0 && statuses.every((s) => s.state === 'success')
        ? 'success'
        : 'pending';
    return jsonEgress(200, { state, sha, total_count: statuses.length, statuses });
  }

  private createCheckRun(repository: string, rawBody: string): EgressResponse {
    const body = parseObject(rawBody);
    if (body === null || typeof body.name !== 'string' || typeof body.head_sha !== 'string') {
      return jsonEgress(422, {
        message: 'Invalid request.\n\n"name" and "head_sha" are required.',
        documentation_url: DOCS,
        status: '422',
      });
    }
    const run = this.addCheckRun(repository, body.head_sha, {
      name: body.name,
      status: typeof body.status === 'string' ? body.status : 'queued',
      conclusion: typeof body.conclusion === 'string' ? body.conclusion : null,
    });
    return jsonEgress(201, run);
  }
}

function parseObject(raw: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}
