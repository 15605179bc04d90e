/**
 * requestJira with Jira Cloud's rate-limit etiquette (docs/platform-assumptions.md): wait at least Retry-After on a
 * 429, back off exponentially with jitter on 5xx, at most 4 retries, and only retry 5xx for idempotent
 * methods. Responses are validated at this boundary. Writes that are not idempotent (POST notify: an email;
 * POST comment) follow docs/platform-assumptions.md, "Retries of non-idempotent writes": a 429 was refused,
 * so it is sent again; a 5xx, or a request that throws (a timeout, a lost connection), may have been
 * applied, so it is never sent again here: the use case's step stays noted and a resume finishes it, looking
 * for the comment first (src/app/lifecycle/resumable-steps.ts).
 */
import type { APIResponse, RequestInit, Route } from '@forge/api';
import type { z } from 'zod';
import { UpstreamError } from '../../app/errors';

export interface JiraRequester {
  requestJira(route: Route, init?: RequestInit): Promise<APIResponse>;
}

export interface JiraRestOptions {
  sleep?: (ms: number) => Promise<void>;
  maxRetries?: number;
  /** Longest single wait; resolvers have 25 s in all, so a longer Retry-After surfaces as RATE_LIMITED. */
  maxWaitMs?: number;
}

const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD']);
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class JiraRest {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly maxRetries: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly requester: JiraRequester,
    options: JiraRestOptions = {},
  ) {
    this.sleep = options.sleep ?? realSleep;
    this.maxRetries = options.maxRetries ?? 4;
    this.maxWaitMs = options.maxWaitMs ?? 8_000;
  }

  /** Sends the request; answers the first response whose status is in `accept` (others throw UpstreamError). */
  async send(
    route: Route,
    init: RequestInit = {},
    accept: readonly number[] = [200, 201, 204],
  ): Promise<APIResponse> {
    const method = (init.method ?? 'GET').toUpperCase();
    for (let attempt = 0; ; attempt++) {
      const response = await this.requester.requestJira(route, {
        ...init,
        headers: {
          Accept: 'application/json',
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headersOf(init),
        },
      });
      if (accept.includes(response.status)) return response;
      // A POST is repeated on 429 only (docs/platform-assumptions.md, "Retries of non-idempotent writes").
      const retryable = response.status === 429 || (response.status >= 500 && IDEMPOTENT.has(method));
      const waitMs = retryable ? this.waitFor(response, attempt) : null;
      if (waitMs === null || attempt >= this.maxRetries) {
        const body = await response.text();
        throw new UpstreamError(describe(method, route, response.status, body), response.status, {
          ...(response.status === 429 ? { retryAfterSeconds: retryAfterSeconds(response) ?? 10 } : {}),
        });
      }
      await response.text();
      await this.sleep(waitMs);
    }
  }

  async json<T>(
    schema: z.ZodType<T>,
    route: Route,
    init: RequestInit = {},
    accept: readonly number[] = [200, 201],
  ): Promise<T> {
    const response = await this.send(route, init, accept);
    const parsed = schema.safeParse(await response.json());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UpstreamError(
        `Jira answered ${route.value} in an unexpected shape (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}).`,
        502,
      );
    }
    return parsed.data;
  }

  private waitFor(response: APIResponse, attempt: number): number | null {
    const jitter = 0.7 + Math.random() * 0.6;
    const backoffMs = 2 ** (attempt + 1) * 1000 * jitter;
    const retryAfter = retryAfterSeconds(response);
    const waitMs =
      retryAfter === null ? backoffMs : Math.max(retryAfter * 1000, response.status === 429 ? 0 : backoffMs);
    return waitMs > this.maxWaitMs ? null : waitMs;
  }
}

function headersOf(init: RequestInit): Record<string, string> {
  return init.headers ?? {};
}

function retryAfterSeconds(response: APIResponse): number | null {
  const value = response.headers.get('retry-after');
  if (value === null) return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

function describe(method: string, route: Route, status: number, body: string): string {
  const detail = body.length > 300 ? `${body.slice(0, 300)}…` : body;
  return `Jira answered ${method} ${route.value} with ${String(status)}: ${detail}`;
}
