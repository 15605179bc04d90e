import { createChangeRequest, DANA, startHost, type StartedHost } from './host-harness';

describe('local host endpoints over HTTP', () => {
  let started: StartedHost;
  beforeAll(async () => {
    started = await startHost();
  });
  afterAll(async () => {
    await started.stop();
  });

  it('reports health once ready', async () => {
    const health = await started.call('/_local/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ready', url: started.host.url });
  });

  it('describes the seeded demo site: users with emails and groups, systems, service desk', async () => {
    const seed = (await (await started.call('/_local/seed')).json()) as {
      users: { email: string; groups: { name: string }[] }[];
      systems: { key: string; approverGroups: { name: string }[]; repositories: string[] }[];
      serviceDesk: { id: string; requestTypes: { name: string }[] };
    };
    expect(seed.users).toHaveLength(11);
    expect(seed.users).toContainEqual(
      expect.objectContaining({
        email: 'sam.rivera@asynccab.example',
        groups: [expect.objectContaining({ name: 'cab-security' })],
      }),
    );
    expect(seed.systems).toContainEqual(
      expect.objectContaining({
        key: 'payments-api',
        repositories: ['acme/payments-api'],
        approverGroups: [
          expect.objectContaining({ name: 'cab-payments' }),
          expect.objectContaining({ name: 'cab-security' }),
        ],
      }),
    );
    expect(seed.serviceDesk).toMatchObject({
      id: '1',
      requestTypes: [{ name: 'Change' }, { name: 'Emergency change' }, { name: 'Get IT help' }],
    });
  });

  it('lists webtrigger URLs that answer over HTTP', async () => {
    const urls = (await (await started.call('/_local/webtriggers')).json()) as Record<string, string>;
    const echoUrl = urls['echo-hook'];
    expect(echoUrl).toMatch(new RegExp(`^${started.host.url}/x1/`));
    const answer = await fetch(`${String(echoUrl)}/sub/path?x=1`, {
      method: 'POST',
      headers: { 'X-GitHub-Event': 'ping', 'content-type': 'application/json' },
      body: '{"zen":"Keep it simple."}',
    });
    expect(answer.status).toBe(202);
    const echoed = (await answer.json()) as {
      body: string;
      headers: Record<string, string[]>;
      userPath: string;
    };
    expect(echoed.body).toBe('{"zen":"Keep it simple."}');
    expect(echoed.headers['X-GitHub-Event']).toEqual(['ping']);
  });

  it('reads and advances the clock, and refuses to move it backwards', async () => {
    const before = (await (await started.call('/_local/clock')).json()) as { now: string };
    const advanced = await started.call('/_local/clock', {
      method: 'POST',
      body: JSON.stringify({ advanceMinutes: 90 }),
    });
    const after = (await advanced.json()) as { now: string };
    expect(Date.parse(after.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(90 * 60_000);
    const back = await started.call('/_local/clock', {
      method: 'POST',
      body: JSON.stringify({ advanceMinutes: -5 }),
    });
    expect(back.status).toBe(400);
    expect(await back.json()).toMatchObject({
      errors: [{ field: 'advanceMinutes', message: expect.stringContaining('forward') as unknown }],
    });
  });

  it('switches on a 429 fault with Retry-After and RateLimit-Reason, then clears it', async () => {
    const set = await started.call('/_local/faults', {
      method: 'POST',
      body: JSON.stringify({ rateLimit: { count: 1, retryAfterSeconds: 7, reason: 'jira-burst-based' } }),
    });
    expect(set.status).toBe(200);
    const limited = await started.call('/rest/api/3/myself', { as: DANA.email });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.headers.get('ratelimit-reason')).toBe('jira-burst-based');
    expect((await started.call('/rest/api/3/myself', { as: DANA.email })).status).toBe(200);
  });

  it('switches on 5xx faults for the next requests', async () => {
    await started.call('/_local/faults', {
      method: 'POST',
      body: JSON.stringify({ serverError: { count: 2, status: 503 } }),
    });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await started.call('/rest/api/3/myself', { as: DANA.email })).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('rejects a bad fault switch with the field that is wrong', async () => {
    const bad = await started.call('/_local/faults', {
      method: 'POST',
      body: JSON.stringify({ serverError: { count: 0 } }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ field: 'serverError.count' }] });
  });

  it('answers 401 for Jira REST without credentials or with an unknown user, as Jira does', async () => {
    expect((await started.call('/rest/api/3/myself')).status).toBe(401);
    expect((await started.call('/rest/api/3/myself', { as: 'nobody@example.org' })).status).toBe(401);
  });

  it('serves the Jira REST API to HTTP Basic callers', async () => {
    const key = await createChangeRequest(started, 'Rotate the payments API signing key');
    const issue = await started.call(`/rest/api/3/issue/${key}?fields=summary,status`, { as: DANA.email });
    expect(issue.status).toBe(200);
    expect(await issue.json()).toMatchObject({
      key,
      fields: { summary: 'Rotate the payments API signing key' },
    });
  });

  it('refuses bodies above Forge’s 5 MB payload limit with 413', async () => {
    const urls = (await (await started.call('/_local/webtriggers')).json()) as Record<string, string>;
    const answer = await fetch(String(urls['echo-hook']), {
      method: 'POST',
      body: 'x'.repeat(5 * 1024 * 1024 + 1),
    });
    expect(answer.status).toBe(413);
  });

  it('lists the sinks as JSON and as pages', async () => {
    for (const path of ['/_local/outbox', '/_local/chat', '/_local/github/calls', '/_local/dead-letters']) {
      const answer = await started.call(path);
      expect([path, answer.status, Array.isArray(await answer.json())]).toEqual([path, 200, true]);
    }
    for (const path of ['/_local/', '/_local/pages/outbox', '/_local/pages/chat', '/_local/pages/github']) {
      const page = await started.call(path);
      expect([path, page.status, page.headers.get('content-type')]).toEqual([
        path,
        200,
        'text/html; charset=utf-8',
      ]);
    }
    const index = await (await started.call('/_local/')).text();
    expect(index).toContain('Dana Lee');
    expect(index).toContain('payments-api');
  });

  it('answers an unknown /_local path with 404 and a pointer to the index', async () => {
    const answer = await started.call('/_local/nothing-here');
    expect(answer.status).toBe(404);
    expect(await answer.json()).toMatchObject({ error: expect.stringContaining('/_local/') as unknown });
  });
});
