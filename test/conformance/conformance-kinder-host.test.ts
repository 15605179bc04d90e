/**
 * The kit must notice a Jira that is kinder (or different) than documented. The local host answers through
 * a fetch that changes a few answers the way a too-kind stand-in would; exactly those checks must FAIL (or
 * be skipped, for the old search a site may still serve), and a 429 on the way is waited out.
 */
import type { Report } from '../../conformance/report';
import { runConformance } from '../../conformance/run-conformance';

const OLIVIA = 'olivia.chen@asynccab.example';

function callerOf(init: RequestInit | undefined): string {
  const header = new Headers(init?.headers).get('authorization') ?? '';
  return (
    Buffer.from(header.replace(/^Basic /, ''), 'base64')
      .toString('utf8')
      .split(':')[0] ?? ''
  );
}

describe('the conformance kit against a kinder Jira', () => {
  let report: Report;
  let rateLimited = 0;

  beforeAll(async () => {
    const kinder: typeof fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? init.body : '';
      if (method === 'GET' && url.pathname === '/rest/api/3/field' && rateLimited === 0) {
        rateLimited++;
        return Promise.resolve(new Response('', { status: 429, headers: { 'retry-after': '0' } }));
      }
      // Lets a user write the read-only field through Edit issue.
      if (
        method === 'PUT' &&
        /^\/rest\/api\/3\/issue\/[^/]+$/.test(url.pathname) &&
        body.includes('headSha')
      ) {
        return Promise.resolve(new Response(null, { status: 204 }));
      }
      // Lets someone who is not an approver answer.
      if (method === 'POST' && /\/approval\/[^/]+$/.test(url.pathname) && callerOf(init) === OLIVIA) {
        return Promise.resolve(Response.json({ id: '1', finalDecision: 'pending', approvers: [] }));
      }
      // Still serves the old search.
      if (method === 'GET' && url.pathname === '/rest/api/3/search') {
        return Promise.resolve(Response.json({ startAt: 0, maxResults: 1, total: 0, issues: [] }));
      }
      // Answers a JSM 404 in the platform's shape.
      if (method === 'GET' && url.pathname === '/rest/servicedeskapi/request/CHG-999999999') {
        return Promise.resolve(
          Response.json({ errorMessages: ['Issue does not exist'], errors: {} }, { status: 404 }),
        );
      }
      return fetch(input, init);
    };
    report = await runConformance({ target: { kind: 'local' }, fetch: kinder });
  }, 120_000);

  it('fails exactly the checks whose behaviour was changed', () => {
    const notPassed = Object.fromEntries(
      report.results.filter((result) => result.status !== 'pass').map((result) => [result.id, result.status]),
    );
    expect(notPassed).toEqual({
      'read-only-edit': 'fail',
      'approval-refuses-others': 'fail',
      'old-search-gone': 'skipped',
      'error-shape-jsm': 'fail',
    });
    expect(report.ok).toBe(false);
  });

  it('says what it saw', () => {
    const detail = (id: string) => report.results.find((result) => result.id === id)?.detail ?? '';
    expect(detail('read-only-edit')).toMatch(/expected 400, PUT \/rest\/api\/3\/issue\/CHG-\d+ answered 204/);
    expect(detail('approval-refuses-others')).toMatch(
      /non-approver \(Olivia Chen\) answering approval \d+: expected 403, .* answered 200/,
    );
    expect(detail('old-search-gone')).toBe('this site still serves the old search (200)');
    expect(detail('error-shape-jsm')).toMatch(/errorMessage: .*answered 404/);
  });

  it('waited out the 429 on the field list', () => {
    expect(rateLimited).toBe(1);
    expect(report.results.find((result) => result.id === 'field-discovery-jsm')?.status).toBe('pass');
  });
});
