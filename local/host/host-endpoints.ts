/**
 * `/_local/*`: JSON endpoints for tests and people (health, seed, webtriggers, sinks, clock, faults) and the
 * host's own pages. Bad input gets a 400 naming the field; unknown paths a 404.
 */
import type { z } from 'zod';
import type { LocalClock } from '../core/clock';
import { jsonResponse, type LocalRequest, type LocalResponse } from '../core/http-types';
import type { ChatSink } from '../sinks/chat-sink';
import type { GitHubStandIn } from '../sinks/github-stand-in';
import type { ForgeRuntime } from '../runtime';
import {
  AdvanceClockSchema,
  CheckRunSchema,
  EmailSchema,
  FaultsSchema,
  JiraCallsQuerySchema,
} from './host-endpoint-schemas';
import { renderHostPage } from './host-pages';
import type { DemoSeed } from './demo-seed';
import type { FaultSwitches } from '../jira/faults';
import type { EmailMessage as OutboxMessage } from '../jira/store/outbox-store';
import type { EmailRequestOutcome, IncomingEmail } from '../jira/create-jira-stand-in';
import { CHANGE_REQUEST_TYPE_ID } from '../jira/seed';
import type { JiraCallLog } from './jira-call-log';
import { stripUndefined } from './strip-undefined';

export interface HostEndpointDeps {
  clock: LocalClock;
  runtime: ForgeRuntime;
  github: GitHubStandIn;
  chat: ChatSink;
  faults: FaultSwitches;
  outbox: () => OutboxMessage[];
  seed: () => DemoSeed;
  /** JSM's email channel on the stand-in (local/jira/email/create-request-from-email.ts). */
  createRequestFromEmail: (email: IncomingEmail) => EmailRequestOutcome;
  settle: () => Promise<number>;
  startedAt: Date;
  baseUrl: string;
  /** The app's Jira REST calls, in order. */
  jiraCalls: JiraCallLog;
  /** The app's own pages in the top navigation (global page, dashboards), for the index page. */
  appPages?: { label: string; href: string }[];
}

function parseBody<S extends z.ZodType>(
  schema: S,
  request: LocalRequest,
): { ok: true; value: z.output<S> } | { ok: false; response: LocalResponse } {
  let json: unknown;
  try {
    json = request.body.trim() === '' ? {} : JSON.parse(request.body);
  } catch {
    return { ok: false, response: jsonResponse(400, { error: 'The request body is not valid JSON.' }) };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(body)',
    message: issue.message,
  }));
  return { ok: false, response: jsonResponse(400, { error: 'Invalid request body.', errors }) };
}

export async function handleHostEndpoint(
  request: LocalRequest,
  deps: HostEndpointDeps,
): Promise<LocalResponse | null> {
  const { path, method } = request;
  if (!path.startsWith('/_local')) return null;
  const key = `${method} ${path.replace(/\/+$/, '') || '/'}`;
  switch (key) {
    case 'GET /_local/health':
      return jsonResponse(200, {
        status: 'ready',
        url: deps.baseUrl,
        startedAt: deps.startedAt.toISOString(),
      });
    case 'GET /_local/seed':
      return jsonResponse(200, deps.seed());
    case 'GET /_local/webtriggers':
      return jsonResponse(200, deps.runtime.listWebtriggers());
    case 'GET /_local/outbox':
      return jsonResponse(200, deps.outbox());
    case 'GET /_local/chat':
      return jsonResponse(200, deps.chat.recorded());
    case 'GET /_local/github/calls':
      return jsonResponse(200, deps.github.recordedCalls());
    case 'POST /_local/github/check-runs': {
      const body = parseBody(CheckRunSchema, request);
      if (!body.ok) return body.response;
      const { repository, sha, ...run } = body.value;
      return jsonResponse(201, deps.github.addCheckRun(repository, sha, run));
    }
    case 'GET /_local/clock':
      return jsonResponse(200, { now: deps.clock.now().toISOString() });
    case 'POST /_local/clock': {
      const body = parseBody(AdvanceClockSchema, request);
      if (!body.ok) return body.response;
      await deps.clock.advance(body.value.advanceMinutes);
      const ran = await deps.settle();
      return jsonResponse(200, { now: deps.clock.now().toISOString(), deliveriesRun: ran });
    }
    case 'GET /_local/faults':
      return jsonResponse(200, deps.faults.state());
    case 'POST /_local/faults': {
      const body = parseBody(FaultsSchema, request);
      if (!body.ok) return body.response;
      applyFaults(deps.faults, body.value);
      return jsonResponse(200, deps.faults.state());
    }
    case 'POST /_local/email': {
      const body = parseBody(EmailSchema, request);
      if (!body.ok) return body.response;
      return emailResponse(
        deps.createRequestFromEmail({
          fromEmail: body.value.from,
          subject: body.value.subject,
          body: body.value.body,
          // The demo desk's connected email account raises Change requests unless the test names another type.
          requestTypeId: body.value.requestTypeId ?? CHANGE_REQUEST_TYPE_ID,
        }),
      );
    }
    case 'POST /_local/settle':
      return jsonResponse(200, { deliveriesRun: await deps.settle() });
    case 'GET /_local/dead-letters':
      return jsonResponse(200, deps.runtime.deadLetters());
    case 'GET /_local/jira-calls':
      return jiraCallsResponse(deps.jiraCalls, request.query);
    default:
      break;
  }
  if (method === 'GET') {
    const page = renderHostPage(path, deps, request.query);
    if (page !== null)
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page };
  }
  return null;
}

/** The app's Jira calls numbered above `since` (default 0), optionally of one issue; 400 names a bad parameter. */
function jiraCallsResponse(log: JiraCallLog, query: URLSearchParams): LocalResponse {
  const parsed = JiraCallsQuerySchema.safeParse(Object.fromEntries(query));
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.') || '(query)',
      message: issue.message,
    }));
    return jsonResponse(400, { error: 'Invalid query parameters.', errors });
  }
  const { since = 0, issueKey } = parsed.data;
  const calls = log.since(since);
  return jsonResponse(
    200,
    issueKey === undefined ? calls : calls.filter((call) => call.issueKey === issueKey),
  );
}

/** 201 with the new request's key; 422 with the channel's reason when JSM would not create one from this email. */
function emailResponse(outcome: EmailRequestOutcome): LocalResponse {
  switch (outcome.kind) {
    case 'created':
      return jsonResponse(201, {
        issueKey: outcome.issueKey,
        issueId: outcome.issueId,
        reporterAccountId: outcome.reporterAccountId,
      });
    case 'unknown-sender':
      return jsonResponse(422, { error: 'UNKNOWN_SENDER', message: outcome.reason, from: outcome.fromEmail });
    case 'not-created':
      return jsonResponse(422, { error: 'REQUEST_NOT_CREATED', message: outcome.reason });
  }
}

function applyFaults(faults: FaultSwitches, change: z.output<typeof FaultsSchema>): void {
  if (change.clear === true) faults.clear();
  if (change.rateLimit) faults.rateLimit(stripUndefined(change.rateLimit));
  if (change.serverError) faults.serverError(stripUndefined(change.serverError));
  if (change.random) faults.random(stripUndefined(change.random));
  if (change.latencyMs !== undefined) faults.latency(change.latencyMs);
  if (change.perIssueWriteLimit !== undefined) faults.perIssueWriteLimit(change.perIssueWriteLimit);
}
