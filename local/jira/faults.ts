import type { LocalResponse } from '../core/http-types';
import { errorFor } from './errors';

/** docs/platform-assumptions.md: the reasons Jira gives in `RateLimit-Reason`. */
export type RateLimitReason =
  'jira-quota-global-based' | 'jira-quota-tenant-based' | 'jira-burst-based' | 'jira-per-issue-on-write';

export interface RateLimitFault {
  /** Answer 429 to the next `count` matching requests; without it, to every matching request until cleared. */
  count?: number;
  /** A regular expression source matched against the request path; without it every path matches. */
  pathPattern?: string;
  retryAfterSeconds?: number;
  reason?: RateLimitReason;
}

export interface ServerErrorFault {
  count: number;
  status?: 500 | 503;
  /** A regular expression source matched against the request path; without it every path matches. */
  pathPattern?: string;
}

export interface FaultState {
  rateLimits: RateLimitFault[];
  serverErrors: { remaining: number; status: 500 | 503; pathPattern?: string } | null;
  latencyMs: number;
  perIssueWriteLimit: boolean;
}

/** Switches tests (and `POST /_local/faults`) flip to make the stand-in misbehave the way Jira Cloud can. */
export interface FaultSwitches {
  rateLimit(fault: RateLimitFault): void;
  serverError(fault: ServerErrorFault): void;
  latency(ms: number): void;
  /** Jira's per-issue write limit: 20 writes per 2 s and 100 per 30 s per issue (docs/platform-assumptions.md). */
  perIssueWriteLimit(enabled: boolean): void;
  clear(): void;
  state(): FaultState;
}

/** The stand-in's side of the switches: decide, per request, whether a fault answers instead of the route. */
export interface FaultEngine {
  switches: FaultSwitches;
  latencyMs(): number;
  /** A 429/5xx response if a switched-on fault applies to this request, else null. */
  intercept(path: string, nowMs: number): LocalResponse | null;
  /** Counts one write on an issue; returns the 429 when the per-issue limit is exceeded. */
  recordIssueWrite(path: string, issueId: number, nowMs: number): LocalResponse | null;
}

const WRITE_WINDOWS = [
  { limit: 20, windowMs: 2_000 },
  { limit: 100, windowMs: 30_000 },
];

export function rateLimitedResponse(
  path: string,
  retryAfterSeconds: number,
  reason: RateLimitReason,
  limit: number,
  nowMs: number,
): LocalResponse {
  const headers = {
    'retry-after': String(retryAfterSeconds),
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': new Date(nowMs + retryAfterSeconds * 1000).toISOString(),
    'ratelimit-reason': reason,
  };
  const error = errorFor(path, 429, 'Rate limit exceeded.', 'sd.rate.limit.exceeded');
  return { ...error.response, headers: { ...error.response.headers, ...headers } };
}

export function createFaultEngine(perIssueWriteLimitOnStart: boolean): FaultEngine {
  let rateLimits: (RateLimitFault & { regex: RegExp | null; remaining: number | null })[] = [];
  let serverErrors: { remaining: number; status: 500 | 503; pathPattern?: string } | null = null;
  let serverErrorPath: RegExp | null = null;
  let latencyMs = 0;
  let perIssueWriteLimit = perIssueWriteLimitOnStart;
  const writes = new Map<number, number[]>();

  const switches: FaultSwitches = {
    rateLimit(fault) {
      rateLimits.push({
        ...fault,
        regex: fault.pathPattern === undefined ? null : new RegExp(fault.pathPattern),
        remaining: fault.count ?? null,
      });
    },
    serverError(fault) {
      serverErrors = {
        remaining: fault.count,
        status: fault.status ?? 500,
        ...(fault.pathPattern === undefined ? {} : { pathPattern: fault.pathPattern }),
      };
      serverErrorPath = fault.pathPattern === undefined ? null : new RegExp(fault.pathPattern);
    },
    latency(ms) {
      latencyMs = Math.max(0, ms);
    },
    perIssueWriteLimit(enabled) {
      perIssueWriteLimit = enabled;
      writes.clear();
    },
    clear() {
      rateLimits = [];
      serverErrors = null;
      latencyMs = 0;
      perIssueWriteLimit = false;
      writes.clear();
    },
    state: () => ({
      rateLimits: rateLimits.map(({ regex: _regex, remaining, ...fault }) => ({
        ...fault,
        ...(remaining === null ? {} : { count: remaining }),
      })),
      serverErrors,
      latencyMs,
      perIssueWriteLimit,
    }),
  };

  return {
    switches,
    latencyMs: () => latencyMs,
    intercept(path, nowMs) {
      if (
        serverErrors !== null &&
        serverErrors.remaining > 0 &&
        (serverErrorPath === null || serverErrorPath.test(path))
      ) {
        const status = serverErrors.status;
        serverErrors.remaining -= 1;
        if (serverErrors.remaining === 0) serverErrors = null;
        const message = status === 503 ? 'Service Unavailable' : 'Internal server error';
        return errorFor(path, status, message, 'sd.server.error').response;
      }
      const fault = rateLimits.find((f) => f.regex === null || f.regex.test(path));
      if (fault === undefined) return null;
      if (fault.remaining !== null) {
        fault.remaining -= 1;
        if (fault.remaining <= 0) rateLimits = rateLimits.filter((f) => f !== fault);
      }
      return rateLimitedResponse(
        path,
        fault.retryAfterSeconds ?? 5,
        fault.reason ?? 'jira-burst-based',
        100,
        nowMs,
      );
    },
    recordIssueWrite(path, issueId, nowMs) {
      if (!perIssueWriteLimit) return null;
      const recent = (writes.get(issueId) ?? []).filter((at) => at > nowMs - 30_000);
      for (const { limit, windowMs } of WRITE_WINDOWS) {
        const inWindow = recent.filter((at) => at > nowMs - windowMs);
        const oldest = inWindow[0];
        if (inWindow.length >= limit && oldest !== undefined) {
          writes.set(issueId, recent);
          const retryAfter = Math.max(1, Math.ceil((oldest + windowMs - nowMs) / 1000));
          return rateLimitedResponse(path, retryAfter, 'jira-per-issue-on-write', limit, nowMs);
        }
      }
      recent.push(nowMs);
      writes.set(issueId, recent);
      return null;
    },
  };
}
