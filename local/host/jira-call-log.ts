/**
 * Every Jira/JSM REST call the app makes through the Forge runtime (asApp and asUser), in order, with the
 * host clock's time: `GET /_local/jira-calls`, the Jira calls page, the tests and the benches read it.
 * Calls made by people over HTTP Basic (tests, scripts) are not the app's and are not recorded.
 */
import type { CallerIdentity, LocalRequest } from '../core/http-types';

export interface JiraCallRecord {
  /** 1, 2, 3, ... in the order the app made the calls (`?since=<n>` reads only newer ones). */
  n: number;
  caller: 'app' | 'user';
  /** The person the app acted for (asUser); absent for the app's own calls. */
  accountId?: string;
  method: string;
  /** Without the query string, as Jira's router sees it. */
  path: string;
  /** The issue key the path names (`/issue/CHG-1/...`, `/request/CHG-1/...`), or null. */
  issueKey: string | null;
  /** The host clock's time of the call (ISO 8601). */
  at: string;
}

export interface JiraCallLog {
  /** Every call so far, oldest first (the same array, growing). */
  readonly calls: JiraCallRecord[];
  record(request: Pick<LocalRequest, 'method' | 'path'>, caller: CallerIdentity): void;
  /** The calls numbered above `n`, oldest first. */
  since(n: number): JiraCallRecord[];
}

export function createJiraCallLog(now: () => Date): JiraCallLog {
  const calls: JiraCallRecord[] = [];
  return {
    calls,
    record(request, caller) {
      calls.push({
        n: calls.length + 1,
        caller: caller.kind === 'user' ? 'user' : 'app',
        ...(caller.kind === 'user' ? { accountId: caller.accountId } : {}),
        method: request.method,
        path: request.path,
        issueKey: issueKeyInPath(request.path),
        at: now().toISOString(),
      });
    },
    // Numbers are positions plus one, so the newer calls are a slice.
    since: (n) => calls.slice(Math.max(0, Math.floor(n))),
  };
}

/** Jira issue keys are a project key (a letter, then letters, digits or `_`), a dash and a number. */
const ISSUE_KEY_SEGMENT = /\/(?:issue|request)\/([A-Z][A-Z0-9_]*-[0-9]+)(?=\/|$)/;

export function issueKeyInPath(path: string): string | null {
  return ISSUE_KEY_SEGMENT.exec(path)?.[1] ?? null;
}
