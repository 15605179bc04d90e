import { startUiHost, type UiHostHarness } from './ui-host-harness';

let host: UiHostHarness;

beforeAll(async () => {
  host = await startUiHost();
});

afterAll(async () => {
  await host.close();
});

async function frameTokenOfIssuePanel(): Promise<string> {
  const html = await (await fetch(`${host.baseUrl}/browse/CHG-1`)).text();
  const token = /data-module-key="fixture-issue-panel" data-frame-token="([^"]+)"/.exec(html)?.[1];
  if (token === undefined) throw new Error('the issue view has no fixture panel iframe');
  return token;
}

async function postBridge(body: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${host.baseUrl}/_local/ui/bridge`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const parsed: unknown = await response.json();
  return { status: response.status, body: parsed };
}

describe('POST /_local/ui/bridge', () => {
  it('rejects a command it does not handle with a 400 that names the command and the supported ones', async () => {
    const frame = await frameTokenOfIssuePanel();

    const answer = await postBridge({ frame, command: 'deleteEverything', payload: {} });

    expect(answer).toEqual({
      status: 400,
      body: {
        code: 'BAD_BRIDGE_REQUEST',
        message:
          'command: Unsupported bridge command "deleteEverything": the server handles getContext, invoke, fetchProduct.',
      },
    });
    expect(host.invokeCalls).toEqual([]);
  });

  it('rejects a frame token this host did not sign', async () => {
    const frame = await frameTokenOfIssuePanel();
    const forged = `${frame.slice(0, -4)}AAAA`;

    const answer = await postBridge({ frame: forged, command: 'getContext' });

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ message: expect.stringContaining('frame token') as unknown });
  });

  it('rejects an invoke without a function key before reaching the resolver', async () => {
    const frame = await frameTokenOfIssuePanel();

    const answer = await postBridge({ frame, command: 'invoke', payload: { payload: { a: 1 } } });

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      message: expect.stringMatching(/^invoke: functionKey: /) as unknown,
    });
    expect(host.invokeCalls).toEqual([]);
  });

  it('rejects a body that is not JSON', async () => {
    const response = await fetch(`${host.baseUrl}/_local/ui/bridge`, {
      method: 'POST',
      body: 'invoke please',
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'BAD_BRIDGE_REQUEST' });
  });

  it('answers only POST', async () => {
    const response = await fetch(`${host.baseUrl}/_local/ui/bridge`);

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('resources and pages', () => {
  it('injects the bridge into index.html before the UI script', async () => {
    const html = await (await fetch(`${host.baseUrl}/_local/ui/resources/fixture/index.html`)).text();

    const bridgeAt = html.indexOf('AcabBridge.installBridge(');
    const appAt = html.indexOf('<script src="./main.js">');
    expect(bridgeAt).toBeGreaterThan(-1);
    expect(appAt).toBeGreaterThan(bridgeAt);
  });

  it('serves the bundle and refuses paths that leave the resource folder', async () => {
    const bundle = await fetch(`${host.baseUrl}/_local/ui/resources/fixture/main.js`);
    const escape = await fetch(`${host.baseUrl}/_local/ui/resources/fixture/..%2F..%2F..%2Fetc%2Fpasswd`);

    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(escape.status).toBe(403);
  });

  it('escapes user names in the switcher', async () => {
    const html = await (await fetch(`${host.baseUrl}/browse/CHG-1`)).text();

    expect(html).toContain('>Casey &lt;Customer&gt; (customer)</option>');
    expect(html).not.toContain('Casey <Customer>');
  });

  it("answers 404 with Jira's reason when the current user cannot see the issue", async () => {
    const response = await fetch(`${host.baseUrl}/browse/CHG-404`);

    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Issue CHG-404 does not exist or you cannot see it');
  });

  it('leaves other paths to the rest of the host', async () => {
    const response = await fetch(`${host.baseUrl}/rest/api/3/myself`);

    expect(response.status).toBe(404);
    expect(await response.text()).toBe('not a UI route');
  });
});
