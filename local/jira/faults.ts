import type { LocalResponse } from '../core/http-types';
import { errorFor } from './errors';
import { randomFaultPicker, type RandomFault, type RandomFaultStatus } from './random-faults';

export type { RandomFault, RandomFaultStatus } from './random-faults';

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
  /** Answer the next `count` matching requests; without it, every matching request until cleared (an outage). */
  count?: number;
  status?: 500 | 503;
  /** A regular expression source matched against the request path; without it every path matches. */
  pathPattern?: string;
}

/** A switched-on 5xx fault; no `remaining` means an outage: every matching request until cleared. */
export interface ServerErrorState {
  remaining?: number;
  status: 500 | 503;
  pathPattern?: string;
}

/** The random-share mode as `POST /_local/faults` takes it: `statuses`, `seed` and `retryAfterSeconds` have defaults. */
export type RandomFaultSwitch = Pick<RandomFault, 'share'> & Partial<RandomFault>;

export interface FaultState {
  rateLimits: RateLimitFault[];
  serverErrors: ServerErrorState | null;
  latencyMs: number;
  perIssueWriteLimit: boolean;
  /** Present only while the random-share mode is on. */
  random?: RandomFault;
}

/** Switches tests (and `POST /_local/faults`) flip to make the stand-in misbehave the way Jira Cloud can. */
export interface FaultSwitches {
  rateLimit(fault: RateLimitFault): void;
  serverError(fault: ServerErrorFault): void;
  /** A share of matching requests fails at random (local/jira/random-faults.ts). */
  random(fault: RandomFaultSwitch): void;
  latency(ms: number): void;
  /** Jira's per-issue write limit: 20 writes per 2 s and 100 per 30 s per issue (docs/platform-assumptions.md). */
  perIssueWriteLimit(enabled: boolean): void;
  clear(): void;
  state(): FaultState;
  /** Puts back a state saved from `state()` (the host keeps it across restarts). */
  restore(state: FaultState): void;
  /** Called with the new state after every change, including a count going down. */
  onChange(listener: (state: FaultState) => void): () => void;
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
/** Random 429s ask for a short wait, so a test run over many requests stays quick. */
const RANDOM_RETRY_AFTER_SECONDS = 1;
const RANDOM_STATUSES: RandomFaultStatus[] = [429, 500, 503];
const RANDOM_SEED = 1;

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

function serverErrorResponse(path: string, status: 500 | 503): LocalResponse {
  const message = status === 503 ? 'Service Unavailable' : 'Internal server error';
  return errorFor(path, status, message, 'sd.server.error').response;
}

function pathRegex(pathPattern: string | undefined): RegExp | null {
  return pathPattern === undefined ? null : new RegExp(pathPattern);
}

type ActiveRateLimit = RateLimitFault & { regex: RegExp | null; remaining: number | null };

function activeRateLimit(fault: RateLimitFault): ActiveRateLimit {
  return { ...fault, regex: pathRegex(fault.pathPattern), remaining: fault.count ?? null };
}

export function createFaultEngine(perIssueWriteLimitOnStart: boolean): FaultEngine {
  let rateLimits: ActiveRateLimit[] = [];
  let serverErrors: ServerErrorState | null = null;
  let serverErrorPath: RegExp | null = null;
  let random: { fault: RandomFault; pick: (path: string) => RandomFaultStatus | null } | null = null;
  let latencyMs = 0;
  let perIssueWriteLimit = perIssueWriteLimitOnStart;
  const writes = new Map<number, number[]>();
  const listeners = new Set<(state: FaultState) => void>();

  const setServerErrors = (state: ServerErrorState | null): void => {
    serverErrorPath = pathRegex(state?.pathPattern);
    serverErrors = state;
  };
  const setRandom = (fault: RandomFault | undefined): void => {
    random = fault === undefined ? null : { fault, pick: randomFaultPicker(fault) };
  };
  const state = (): FaultState => ({
    rateLimits: rateLimits.map(({ regex: _regex, remaining, count: _count, ...fault }) => ({
      ...fault,
      ...(remaining === null ? {} : { count: remaining }),
    })),
    serverErrors: serverErrors === null ? null : { ...serverErrors },
    latencyMs,
    perIssueWriteLimit,
    ...(random === null ? {} : { random: { ...random.fault } }),
  });
  const changed = (): void => {
    const now = state();
    for (const listener of [...listeners]) listener(now);
  };

  const switches: FaultSwitches = {
    rateLimit(fault) {
      rateLimits.push(activeRateLimit(fault));
      changed();
    },
    serverError(fault) {
      setServerErrors({
        ...(fault.count === undefined ? {} : { remaining: fault.count }),
        status: fault.status ?? 500,
        ...(fault.pathPattern === undefined ? {} : { pathPattern: fault.pathPattern }),
      });
      changed();
    },
    random(fault) {
      setRandom({
        statuses: RANDOM_STATUSES,
        seed: RANDOM_SEED,
        retryAfterSeconds: RANDOM_RETRY_AFTER_SECONDS,
        ...fault,
      });
      changed();
    },
    latency(ms) {
      latencyMs = Math.max(0, ms);
      changed();
    },
    perIssueWriteLimit(enabled) {
      perIssueWriteLimit = enabled;
      writes.clear();
      changed();
    },
    clear() {
      rateLimits = [];
      setServerErrors(null);
      setRandom(undefined);
      latencyMs = 0;
      perIssueWriteLimit = false;
      writes.clear();
      changed();
    },
    state,
    restore(saved) {
      rateLimits = saved.rateLimits.map(activeRateLimit);
      setServerErrors(saved.serverErrors);
      // The random sequence starts again from its seed: only the setting is kept.
      setRandom(saved.random);
      latencyMs = saved.latencyMs;
      perIssueWriteLimit = saved.perIssueWriteLimit;
      writes.clear();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  /** The counted or outage 5xx, when it applies to `path`. */
  const serverError = (path: string): LocalResponse | null => {
    if (serverErrors === null || (serverErrorPath !== null && !serverErrorPath.test(path))) return null;
    const { status, remaining } = serverErrors;
    if (remaining !== undefined) {
      setServerErrors(remaining <= 1 ? null : { ...serverErrors, remaining: remaining - 1 });
      changed();
    }
    return serverErrorResponse(path, status);
  };

  const rateLimit = (path: string, nowMs: number): LocalResponse | null => {
    const fault = rateLimits.find((f) => f.regex === null || f.regex.test(path));
    if (fault === undefined) return null;
    if (fault.remaining !== null) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) rateLimits = rateLimits.filter((f) => f !== fault);
      changed();
    }
    return rateLimitedResponse(
      path,
      fault.retryAfterSeconds ?? 5,
      fault.reason ?? 'jira-burst-based',
      100,
      nowMs,
    );
  };

  /**
   * A random failure answers as Jira Cloud does when it refuses a request: 429 with Retry-After
   * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/; docs/platform-assumptions.md, "Jira Cloud
   * rate limits for Forge apps") or a 5xx; the mode itself is local only ("Jira stand-in: random-share faults").
   */
  const randomFailure = (path: string, nowMs: number): LocalResponse | null => {
    const status = random?.pick(path) ?? null;
    if (status === null || random === null) return null;
    if (status !== 429) return serverErrorResponse(path, status);
    return rateLimitedResponse(path, random.fault.retryAfterSeconds, 'jira-burst-based', 100, nowMs);
  };

  return {
    switches,
    latencyMs: () => latencyMs,
    intercept: (path, nowMs) => serverError(path) ?? rateLimit(path, nowMs) ?? randomFailure(path, nowMs),
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
