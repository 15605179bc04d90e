import { createChangeRequest, DANA, SAM, startHost, type StartedHost } from './host-harness';

interface RecordedCall {
  n: number;
  caller: string;
  accountId?: string;
  method: string;
  path: string;
  issueKey: string | null;
  at: string;
}

/** `GET /_local/jira-calls` and `/_local/pages/jira-calls`: the app's Jira REST calls, in order. */
describe("the host's record of the app's Jira calls", () => {
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

  async function invoke(accountId: string, functionKey: string, payload: unknown): Promise<void> {
    const page = await started.call(`/browse/${issueKey}`, { headers: cookie(accountId) });
    const frame = /data-frame-token="([^"]+)"/.exec(await page.text())?.[1]?.replace(/&amp;/g, '&');
    if (frame === undefined) throw new Error('the issue view rendered no app frame');
    const answer = await started.call('/_local/ui/bridge', {
      method: 'POST',
      headers: cookie(accountId),
      body: JSON.stringify({ frame, command: 'invoke', payload: { functionKey, payload } }),
    });
    expect(answer.status).toBe(200);
  }

  const calls = async (query = ''): Promise<RecordedCall[]> => {
    const answer = await started.call(`/_local/jira-calls${query}`);
    expect(answer.status).toBe(200);
    return (await answer.json()) as RecordedCall[];
  };

  it("lists each call with its number, caller, person, method, path, issue key and the host clock's time", async () => {
    // Given what was recorded so far
    const before = await calls();
    const last = before.at(-1)?.n ?? 0;

    // When the app calls Jira as Sam, then as itself
    await invoke(SAM.accountId, 'whoAmI', {});
    await invoke(DANA.accountId, 'readIssueAsApp', { key: issueKey });

    // Then both calls are listed after the earlier ones, in order
    const newer = await calls(`?since=${String(last)}`);
    expect(newer).toEqual([
      {
        n: last + 1,
        caller: 'user',
        accountId: SAM.accountId,
        method: 'GET',
        path: '/rest/api/3/myself',
        issueKey: null,
        at: expect.any(String) as unknown,
      },
      {
        n: last + 2,
        caller: 'app',
        method: 'GET',
        path: `/rest/api/3/issue/${issueKey}`,
        issueKey,
        at: expect.any(String) as unknown,
      },
    ]);
    const clock = (await (await started.call('/_local/clock')).json()) as { now: string };
    for (const call of newer) {
      expect(Math.abs(Date.parse(clock.now) - Date.parse(call.at))).toBeLessThan(60_000);
    }
    expect(await calls(`?since=${String(last + 2)}`)).toEqual([]);
  });

  it('filters by issue key and leaves out calls people make themselves', async () => {
    // Given a person reading the issue over REST themselves, and the app reading it
    await started.call(`/rest/api/3/issue/${issueKey}`, { as: SAM.email });
    await invoke(DANA.accountId, 'readIssueAsApp', { key: issueKey });

    // Then only the app's calls on that issue are listed for it
    const onIssue = await calls(`?issueKey=${issueKey}`);
    expect(onIssue.length).toBeGreaterThan(0);
    expect(onIssue.every((call) => call.issueKey === issueKey && call.caller === 'app')).toBe(true);
  });

  it('refuses a since that is not a call number, naming the parameter', async () => {
    const answer = await started.call('/_local/jira-calls?since=yesterday');
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ errors: [{ field: 'since' }] });
  });

  it('shows the calls on a page, newest last, filtered by issue key, linked from the index', async () => {
    await invoke(SAM.accountId, 'whoAmI', {});
    await invoke(DANA.accountId, 'readIssueAsApp', { key: issueKey });

    const page = await (await started.call('/_local/pages/jira-calls')).text();
    const myself = page.lastIndexOf('GET /rest/api/3/myself');
    const issue = page.lastIndexOf(`GET /rest/api/3/issue/${issueKey}`);
    expect(myself).toBeGreaterThan(0);
    expect(issue).toBeGreaterThan(myself);
    expect(page).toContain('user: Sam Rivera');

    const filtered = await (await started.call(`/_local/pages/jira-calls?issueKey=${issueKey}`)).text();
    expect(filtered).toContain(`GET /rest/api/3/issue/${issueKey}`);
    expect(filtered).not.toContain('GET /rest/api/3/myself');
    expect(filtered).toContain('Refresh');

    const index = await (await started.call('/_local/')).text();
    expect(index).toContain('href="/_local/pages/jira-calls"');
  });
});
