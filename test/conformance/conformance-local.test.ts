/**
 * The conformance kit against the local host, the way `npx tsx conformance/run.ts` runs it: every check
 * passes and none is skipped (the host installs the app, so its fields and property index exist, and the
 * demo site has the approver, the non-approver and the customer requester). The kit's own safety is
 * checked on what it sent: it writes only to the requests it created, each summarised with its prefix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CHECKS } from '../../conformance/checks/all-checks';
import { SUMMARY_PREFIX } from '../../conformance/context/check-context';
import type { Report } from '../../conformance/report';
import { runConformance } from '../../conformance/run-conformance';

interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

describe('the conformance kit against the local host', () => {
  let report: Report;
  const sent: SentRequest[] = [];

  beforeAll(async () => {
    const recordingFetch: typeof fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      let body: unknown;
      if (typeof init?.body === 'string') body = JSON.parse(init.body);
      sent.push({ method: init?.method ?? 'GET', path: url.pathname, body });
      return fetch(input, init);
    };
    report = await runConformance({ target: { kind: 'local' }, fetch: recordingFetch });
  }, 120_000);

  it('runs every check, in order, and none fails', () => {
    expect(report.aborted).toBeUndefined();
    expect(report.results.map((result) => result.id)).toEqual(ALL_CHECKS.map((check) => check.id));
    const failed = report.results
      .filter((result) => result.status === 'fail')
      .map((result) => `${result.id}: ${result.detail ?? ''}`);
    expect(failed).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('skips nothing: everything the kit observes exists on the local host', () => {
    const skipped = report.results
      .filter((result) => result.status === 'skipped')
      .map((result) => `${result.id}: ${result.detail ?? ''}`);
    expect(skipped).toEqual([]);
  });

  it('writes only to the requests it created, each summarised with the kit prefix and labelled', () => {
    expect(report.created.length).toBeGreaterThanOrEqual(4);
    const issueOf = (path: string) =>
      /^\/rest\/(?:api\/3\/issue|servicedeskapi\/request)\/([A-Z][A-Z0-9_]+-\d+)(?:\/|$)/.exec(path)?.[1];
    const writes = sent.filter((request) => request.method !== 'GET');
    const strangers = writes
      .map((request) => issueOf(request.path))
      .filter((key): key is string => key !== undefined && !report.created.includes(key));
    expect(strangers).toEqual([]);
    const summaries = writes
      .filter((request) => request.method === 'POST' && request.path === '/rest/servicedeskapi/request')
      .flatMap((request) => {
        const body = request.body;
        if (typeof body !== 'object' || body === null || !('requestFieldValues' in body)) return [];
        const values = body.requestFieldValues;
        if (typeof values !== 'object' || values === null || !('summary' in values)) return [];
        return [String(values.summary)];
      });
    expect(summaries.length).toBeGreaterThanOrEqual(report.created.length);
    expect(summaries.filter((summary) => !summary.startsWith(SUMMARY_PREFIX))).toEqual([]);
    const labelled = writes
      .filter(
        (request) =>
          request.method === 'PUT' && JSON.stringify(request.body).includes('"add":"async-cab-conformance"'),
      )
      .map((request) => issueOf(request.path));
    expect([...labelled].sort()).toEqual([...report.created].sort());
  });

  it('tries to delete everything it created and reports what it could not', () => {
    const accounted = [...report.deleted, ...report.leftBehind.map((left) => left.key)];
    expect([...accounted].sort()).toEqual([...report.created].sort());
    const deletes = sent.filter((request) => request.method === 'DELETE').map((request) => request.path);
    expect([...deletes].sort()).toEqual(report.created.map((key) => `/rest/api/3/issue/${key}`).sort());
  });

  it('uses check ids that are rows of docs/platform-assumptions.md', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'platform-assumptions.md'), 'utf8');
    const missing = ALL_CHECKS.map((check) => check.id).filter((id) => !doc.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });
});
