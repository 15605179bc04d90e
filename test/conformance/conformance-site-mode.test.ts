/**
 * The kit's --site path, end to end: the local host stands in for https://acme.atlassian.net behind a fetch
 * that rewrites the origin, and nobody waits for the app (its events run in the background, as Forge
 * delivers them on a real site). With every person given, everything passes; with the admin alone, the
 * approval checks are skipped and say which options to pass.
 */
import { startLocalTarget, type LocalTarget } from '../../conformance/local-target';
import type { Report } from '../../conformance/report';
import { runConformance, type SiteTarget } from '../../conformance/run-conformance';

const SITE = 'https://acme.atlassian.net';
const token = 'any-token';
const admin = { email: 'alex.admin@asynccab.example', token };

describe('the conformance kit with --site', () => {
  let local: LocalTarget;
  let background: NodeJS.Timeout;
  const origins = new Set<string>();

  const throughTheSite: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    origins.add(url.origin);
    return fetch(`${local.baseUrl}${url.pathname}${url.search}`, init);
  };
  const run = (target: Omit<SiteTarget, 'kind' | 'siteUrl' | 'projectKey'>, approverGroupName?: string) =>
    runConformance({
      target: { kind: 'site', siteUrl: SITE, projectKey: 'CHG', ...target },
      fetch: throughTheSite,
      ...(approverGroupName === undefined ? {} : { approverGroupName }),
    });

  beforeAll(async () => {
    local = await startLocalTarget();
    background = setInterval(() => {
      void local.settle();
    }, 20);
  });
  afterAll(async () => {
    clearInterval(background);
    await local.close();
  });

  it('passes every check when the approver, the non-approver and a customer requester are given', async () => {
    const report: Report = await run(
      {
        admin,
        requester: { email: 'dana.lee@asynccab.example', token },
        approver: { email: 'priya.nair@asynccab.example', token },
        other: { email: 'olivia.chen@asynccab.example', token },
      },
      'cab-payments',
    );
    expect(report.results.filter((result) => result.status !== 'pass')).toEqual([]);
    expect(report.target).toBe('site');
    expect([...origins]).toEqual([SITE]);
  }, 60_000);

  it('skips what needs people or a group it was not given, and says which options to pass', async () => {
    const report = await run({ admin });
    const skipped = Object.fromEntries(
      report.results.filter((result) => result.status !== 'pass').map((result) => [result.id, result.detail]),
    );
    expect(Object.keys(skipped)).toEqual([
      'approval-opens',
      'approval-refuses-others',
      'approval-approver-answers',
    ]);
    expect(skipped['approval-opens']).toContain('pass --approver-group <name>');
    expect(skipped['approval-refuses-others']).toBe('needs the approval opened by approval-opens');
    expect(skipped['approval-approver-answers']).toBe('needs the approval opened by approval-opens');
    const comment = report.results.find((result) => result.id === 'comment-internal-jsm');
    expect(comment?.notes).toEqual([expect.stringContaining('the customer view was not checked')]);
    expect(report.results.every((result) => result.status !== 'fail')).toBe(true);
  }, 60_000);
});
