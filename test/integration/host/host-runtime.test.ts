import { createChangeRequest, DANA, SAM, startHost, type StartedHost } from './host-harness';

/** Drives the real Forge SDKs inside the host through HTTP: the bridge endpoint, Jira events, the clock. */
describe('the app runs inside the local host', () => {
  let started: StartedHost;
  let issueKey: string;
  beforeAll(async () => {
    started = await startHost();
    issueKey = await createChangeRequest(started, 'Upgrade the ingress controller');
  });
  afterAll(async () => {
    await started.stop();
  });

  const cookie = (accountId: string) => ({ cookie: `acab_user=${encodeURIComponent(accountId)}` });

  async function frameToken(accountId: string): Promise<string> {
    const page = await started.call(`/browse/${issueKey}`, { headers: cookie(accountId) });
    expect(page.status).toBe(200);
    const token = /data-frame-token="([^"]+)"/.exec(await page.text())?.[1];
    if (token === undefined) throw new Error('the issue view rendered no app frame');
    return token.replace(/&amp;/g, '&');
  }

  async function invoke(
    accountId: string,
    functionKey: string,
    payload: unknown,
  ): Promise<{ status: number; body: unknown }> {
    const frame = await frameToken(accountId);
    const answer = await started.call('/_local/ui/bridge', {
      method: 'POST',
      headers: cookie(accountId),
      body: JSON.stringify({ frame, command: 'invoke', payload: { functionKey, payload } }),
    });
    return { status: answer.status, body: await answer.json() };
  }

  it('invokes a resolver from the bridge as the switched user, and asUser() reaches Jira as that user', async () => {
    const asSam = await invoke(SAM.accountId, 'whoAmI', {});
    expect(asSam).toMatchObject({
      status: 200,
      body: {
        result: {
          contextAccountId: SAM.accountId,
          jira: { emailAddress: SAM.email },
          environmentType: 'DEVELOPMENT',
        },
      },
    });
    const asDana = await invoke(DANA.accountId, 'whoAmI', {});
    expect(asDana.body).toMatchObject({
      result: { contextAccountId: DANA.accountId, jira: { emailAddress: DANA.email } },
    });
  });

  it('stores and reads KVS values through the real @forge/kvs into SQLite', async () => {
    const answer = await invoke(DANA.accountId, 'kvsRoundTrip', {
      key: 'cr:ledger',
      value: { routed: true },
    });
    expect(answer.body).toMatchObject({ result: { stored: { routed: true }, missing: null } });
    expect(started.host.kvs.get({ area: 'kvs' }, 'cr:ledger')).toMatchObject({ value: { routed: true } });
  });

  it('delivers avi:jira:created:issue to the triggers, skipping ignoreSelf only for the app’s own changes', async () => {
    await started.host.settle();
    const recorded = started.host.kvs.get(
      { area: 'kvs' },
      `event:${issueKey}:avi:jira:created:issue:issue-recorder`,
    );
    expect(recorded).toMatchObject({ value: { selfGenerated: false } });
  });

  it('retries a trigger that returns InvocationError when the clock reaches retryAfter', async () => {
    expect(started.host.kvs.get({ area: 'kvs' }, `retried:${issueKey}`)).toBeUndefined();
    await started.call('/_local/clock', { method: 'POST', body: JSON.stringify({ advanceMinutes: 2 }) });
    expect(started.host.kvs.get({ area: 'kvs' }, `retried:${issueKey}`)).toMatchObject({
      value: { retryCount: 1 },
    });
  });

  it('delivers queue events at least once with retries, and dead-letters one that always fails', async () => {
    await invoke(DANA.accountId, 'enqueue', { queue: 'flaky-jobs', bodies: [{ id: 'job-1' }] });
    await invoke(DANA.accountId, 'enqueue', { queue: 'doomed-jobs', bodies: [{ id: 'job-2' }] });
    for (let minute = 0; minute < 60; minute++) {
      await started.call('/_local/clock', { method: 'POST', body: JSON.stringify({ advanceMinutes: 1 }) });
    }
    expect(started.host.kvs.get({ area: 'kvs' }, 'done:job-1')).toMatchObject({ value: { retryCount: 2 } });
    const deadLetters = (await (await started.call('/_local/dead-letters')).json()) as {
      queue?: string;
      body?: unknown;
    }[];
    expect(JSON.stringify(deadLetters)).toContain('job-2');
  });

  it('fires the hourly scheduled trigger when the clock passes the hour', async () => {
    const before = started.host.kvs.get({ area: 'kvs' }, 'ticks')?.value ?? 0;
    await started.call('/_local/clock', { method: 'POST', body: JSON.stringify({ advanceMinutes: 60 }) });
    const after = started.host.kvs.get({ area: 'kvs' }, 'ticks')?.value;
    expect(after).toBe(Number(before) + 1);
  });

  it('routes allowed egress to the sinks and refuses hosts the manifest does not declare', async () => {
    const github = await invoke(DANA.accountId, 'callExternal', {
      url: 'https://api.github.com/repos/acme/payments-api/commits/abc/status',
    });
    expect(github.body).toMatchObject({ result: { status: 401 } });
    const refused = await invoke(DANA.accountId, 'callExternal', { url: 'https://example.org/' });
    expect(refused.status).toBe(500);
    expect(JSON.stringify(refused.body)).toMatch(/example\.org/);
  });
});
