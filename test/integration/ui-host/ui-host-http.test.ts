import { createHash } from 'node:crypto';
import {
  evaluateDisplayCondition,
  parseDisplayConditions,
  type ConditionFacts,
} from '../../../local/ui-host/display-conditions';
import { createUiHost } from '../../../local/ui-host/create-ui-host';
import { buildUiCatalog } from '../../../local/ui-host/ui-module-catalog';
import {
  fixtureManifest,
  riskFieldId,
  riskFieldType,
  startUiHost,
  users,
  type UiHostHarness,
} from './ui-host-harness';

let host: UiHostHarness;
const [dana, sam, noah, casey] = users;

beforeAll(async () => {
  host = await startUiHost();
});

afterAll(async () => {
  await host.close();
});

const cookieOf = (accountId: string | undefined) => `acab_user=${encodeURIComponent(accountId ?? '')}`;

async function pageAs(path: string, accountId?: string): Promise<string> {
  const response = await fetch(`${host.baseUrl}${path}`, {
    headers: accountId === undefined ? {} : { cookie: cookieOf(accountId) },
  });
  return response.text();
}

/** Module keys of the frames a page renders, and the signed context of one of them. */
const frameKeys = (html: string) => [...html.matchAll(/data-module-key="([^"]+)"/g)].map((m) => m[1]);
function frameToken(html: string, moduleKey: string, entryPoint?: string): string {
  const pattern = new RegExp(
    `data-module-key="${moduleKey}" data-frame-token="([^"]+)"[^>]*${entryPoint === undefined ? '' : `data-entry-point="${entryPoint}"`}`,
  );
  const token = pattern.exec(html)?.[1];
  if (token === undefined) throw new Error(`the page has no ${moduleKey} frame`);
  return token.replace(/&amp;/g, '&');
}
function extensionOf(token: string): Record<string, unknown> {
  const payload: unknown = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'));
  if (typeof payload !== 'object' || payload === null || !('extension' in payload)) return {};
  return typeof payload.extension === 'object' && payload.extension !== null ? { ...payload.extension } : {};
}

async function frameTokenOfIssuePanel(): Promise<string> {
  return frameToken(await pageAs('/browse/CHG-1'), 'fixture-issue-panel');
}

async function postBridge(body: unknown, accountId?: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${host.baseUrl}/_local/ui/bridge`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(accountId === undefined ? {} : { cookie: cookieOf(accountId) }),
    },
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
          'command: Unsupported bridge command "deleteEverything": the server handles getContext, invoke, fetchProduct, enableTheming.',
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

  it("serves index.html with Forge's Custom UI policy: own origin only, the inline bridge by its hash", async () => {
    const response = await fetch(`${host.baseUrl}/_local/ui/resources/fixture/index.html`);
    const html = await response.text();
    const policy = response.headers.get('content-security-policy') ?? '';

    const bridge = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(bridge, 'utf8').digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain('unsafe');
    // The bundle itself carries no policy of its own (its page's applies)
    const bundle = await fetch(`${host.baseUrl}/_local/ui/resources/fixture/main.js`);
    expect(bundle.headers.get('content-security-policy')).toBeNull();
  });

  it('serves the bundle and refuses paths that leave the resource folder', async () => {
    const bundle = await fetch(`${host.baseUrl}/_local/ui/resources/fixture/main.js`);
    const escape = await fetch(`${host.baseUrl}/_local/ui/resources/fixture/..%2F..%2F..%2Fetc%2Fpasswd`);

    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(escape.status).toBe(403);
  });

  it('names every person in the switcher with their account type in words, escaped', async () => {
    const html = await pageAs('/browse/CHG-1');

    expect(html).toContain('>Dana Lee — developer, JSM licence</option>');
    expect(html).toContain('>Noah Brooks — developer, Jira licence only</option>');
    expect(html).toContain('>Casey &lt;Customer&gt; — portal customer</option>');
    expect(html).not.toContain('Casey <Customer>');
  });

  it("answers 404 with Jira's reason when the current user cannot see the issue", async () => {
    const response = await fetch(`${host.baseUrl}/browse/CHG-404`);

    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Issue CHG-404 does not exist or you cannot see it');
  });

  it("opens the admin page to Jira administrators only, as Jira's admin settings", async () => {
    const admin = await fetch(`${host.baseUrl}/jira/settings/apps/fixture-admin`, {
      headers: { cookie: cookieOf(dana?.accountId) },
    });
    expect(admin.status).toBe(200);
    expect(frameKeys(await admin.text())).toContain('fixture-admin');

    const approver = await fetch(`${host.baseUrl}/jira/settings/apps/fixture-admin`, {
      headers: { cookie: cookieOf(sam?.accountId) },
    });
    expect(approver.status).toBe(403);
    const html = await approver.text();
    expect(html).toContain('You need Jira administrator rights to open this page');
    expect(frameKeys(html)).not.toContain('fixture-admin');
  });

  it('leaves other paths to the rest of the host', async () => {
    const response = await fetch(`${host.baseUrl}/rest/api/3/myself`);

    expect(response.status).toBe(404);
    expect(await response.text()).toBe('not a UI route');
  });
});

describe('account types (unlicensedAccess)', () => {
  it('omits the frames of modules that leave the viewer’s account type out', async () => {
    const forDana = frameKeys(await pageAs('/browse/CHG-1', dana?.accountId));
    const forNoah = frameKeys(await pageAs('/browse/CHG-1', noah?.accountId));
    const portalForCasey = frameKeys(await pageAs('/servicedesk/customer/portal/1/CHG-7', casey?.accountId));
    const portalForNoah = frameKeys(await pageAs('/servicedesk/customer/portal/1/CHG-7', noah?.accountId));

    // The issue panel declares no unlicensedAccess: licensed users only
    expect(forDana).toContain('fixture-issue-panel');
    expect(forNoah).not.toContain('fixture-issue-panel');
    // The field and the context panel let unlicensed users in
    expect(forNoah).toEqual(expect.arrayContaining(['fixture-issue-context', 'fixture-risk']));
    // The request detail module lets customers in, not unlicensed users
    expect(portalForCasey).toContain('fixture-request-detail');
    expect(portalForNoah).not.toContain('fixture-request-detail');
    expect(portalForNoah).toContain('fixture-risk');
  });

  it('refuses invoke, getContext and requestJira from such a frame, so its resolver never runs', async () => {
    // A frame token from Dana's page, used after switching to Noah (Jira licence only)
    const frame = await frameTokenOfIssuePanel();

    const invoke = await postBridge(
      { frame, command: 'invoke', payload: { functionKey: 'echo' } },
      noah?.accountId,
    );
    const context = await postBridge({ frame, command: 'getContext' }, noah?.accountId);
    const fetchProduct = await postBridge(
      { frame, command: 'fetchProduct', payload: { product: 'jira', restPath: '/rest/api/3/myself' } },
      noah?.accountId,
    );

    expect(invoke).toEqual({
      status: 403,
      body: {
        code: 'FORBIDDEN',
        message:
          'There was an error invoking the function - The app module "fixture-issue-panel" is not available to unlicensed users (manifest.yml unlicensedAccess).',
      },
    });
    expect(context.status).toBe(403);
    expect(fetchProduct.status).toBe(403);
    expect(host.invokeCalls).toEqual([]);
  });

  it("passes the viewer's account type to the resolver of a module that lets them in", async () => {
    const frame = frameToken(
      await pageAs('/servicedesk/customer/portal/1/CHG-7', casey?.accountId),
      'fixture-risk',
    );

    const answer = await postBridge(
      { frame, command: 'invoke', payload: { functionKey: 'echo' } },
      casey?.accountId,
    );

    expect(answer.status).toBe(200);
    expect(host.invokeCalls.at(-1)).toMatchObject({ moduleKey: 'fixture-risk', accountType: 'customer' });
    host.invokeCalls.length = 0;
  });
});

describe('bridge context', () => {
  it("reports the viewer's time zone and en-US", async () => {
    const frame = await frameTokenOfIssuePanel();

    const answer = await postBridge({ frame, command: 'getContext' }, sam?.accountId);

    expect(answer.body).toMatchObject({
      result: { accountId: sam?.accountId, timezone: 'America/New_York', locale: 'en-US' },
    });
  });

  it('gives custom field frames the documented context: ids of the issue as strings, of the portal as numbers', async () => {
    const issueView = extensionOf(frameToken(await pageAs('/browse/CHG-1'), 'fixture-risk', 'view'));
    const portalCreate = extensionOf(
      frameToken(await pageAs('/servicedesk/customer/portal/1/create/10'), 'fixture-risk'),
    );

    expect(issueView).toEqual({
      type: 'jira:customField',
      entryPoint: 'view',
      fieldId: riskFieldId,
      fieldType: riskFieldType,
      fieldValue: 'low',
      renderContext: 'issue-view',
      experience: 'issue-view',
      issue: { id: '10001', key: 'CHG-1', type: 'Change', typeId: '10005' },
      project: { id: '10000', key: 'CHG', type: 'service_desk' },
      location: `${host.baseUrl}/browse/CHG-1`,
    });
    expect(portalCreate).toMatchObject({
      entryPoint: 'edit',
      fieldValue: null,
      experience: 'portal-request',
      portal: { id: 1 },
      request: { typeId: 10 },
    });
    expect(portalCreate).not.toHaveProperty('issue');
  });

  it('gives portal request detail modules numbers for portal.id and request.typeId, a string request.key', async () => {
    const detail = extensionOf(
      frameToken(
        await pageAs('/servicedesk/customer/portal/1/CHG-7', casey?.accountId),
        'fixture-request-detail',
      ),
    );

    expect(detail).toMatchObject({
      type: 'jiraServiceManagement:portalRequestDetail',
      portal: { id: 1 },
      request: { key: 'CHG-7', typeId: 10 },
    });
  });
});

describe('display conditions', () => {
  it('renders the modules whose conditions hold on the page and leaves out the others', async () => {
    const issueView = frameKeys(await pageAs('/browse/CHG-1'));
    const portalView = frameKeys(await pageAs('/servicedesk/customer/portal/1/CHG-7', casey?.accountId));

    // projectKey CHG and not an issue type Bug/Incident: shown on the Change CHG-1
    expect(issueView).toContain('fixture-issue-context');
    // issueType Bug, or project OPS: hidden
    expect(issueView).not.toContain('fixture-bug-context');
    // projectKey OPS on the portal: hidden
    expect(portalView).not.toContain('fixture-ops-panel');
  });

  it("applies a custom field's conditions on the issue view only, not on the portal", async () => {
    const issueView = await pageAs('/browse/CHG-1');
    const portalCreate = frameKeys(await pageAs('/servicedesk/customer/portal/1/create/10'));

    // issueType Bug: CHG-1 is a Change, so the field is not in its Details
    expect(issueView).not.toContain('Bug severity');
    expect(frameKeys(issueView)).not.toContain('fixture-bug-severity');
    expect(portalCreate).toContain('fixture-bug-severity');
  });

  it('evaluates the documented keys, operators and arrays, and reads a key without context as false', () => {
    const facts: ConditionFacts = {
      accountType: 'licensed',
      project: { id: '10000', key: 'CHG', name: 'Change management', type: 'service_desk' },
      issue: { id: '10001', key: 'CHG-1', typeName: 'Change' },
    };
    const check = (conditions: unknown, on = facts) =>
      evaluateDisplayCondition(parseDisplayConditions('displayConditions', conditions), on);

    expect(check({ projectKey: ['OPS', 'CHG'], issueType: 'Change' })).toBe(true);
    expect(check({ projectKey: 'CHG', issueKey: 'CHG-2' })).toBe(false);
    expect(check({ or: [{ issueId: '1' }, { projectType: 'service_desk' }] })).toBe(true);
    expect(check({ not: { issueType: 'Change' } })).toBe(false);
    expect(check({ not: [{ projectKey: 'OPS' }, { issueType: 'Bug' }] })).toBe(true);
    expect(check({ isLoggedIn: true, hasServiceDeskAccess: true })).toBe(true);
    const customer: ConditionFacts = { ...facts, accountType: 'customer' };
    const noContext: ConditionFacts = { accountType: 'licensed' };
    expect(check({ hasServiceDeskAccess: true }, customer)).toBe(false);
    // A full-page module has no issue or project: such conditions are false
    expect(check({ projectKey: 'CHG' }, noContext)).toBe(false);
  });

  it('fails at start-up, naming the module, for a condition the host cannot evaluate', () => {
    const withConditions = (displayConditions: unknown) => ({
      ...fixtureManifest,
      modules: {
        'jira:issuePanel': [
          { key: 'odd-panel', resource: 'fixture', title: 'Odd', icon: 'x', displayConditions },
        ],
      },
    });
    const start = (manifest: unknown) => () =>
      createUiHost({
        appRoot: '/nowhere',
        manifest,
        users,
        baseUrl: 'http://localhost',
        invokeResolver: () => Promise.resolve(undefined),
        requestJira: () => Promise.reject(new Error('not used')),
      });

    expect(start(withConditions({ jiraExpression: 'issue.status.name == "Open"' }))).toThrow(
      'manifest.yml: jira:issuePanel "odd-panel" displayConditions.jiraExpression: the local host cannot evaluate Jira expressions',
    );
    expect(
      start(withConditions({ and: [{ projectKey: 'CHG' }, { hasIssuePermission: 'EDIT_ISSUES' }] })),
    ).toThrow(
      /"odd-panel" displayConditions\.and\[1\]\.hasIssuePermission: the local host cannot evaluate the display condition "hasIssuePermission"/,
    );
    expect(start(withConditions({ projectKey: 42 }))).toThrow(
      /displayConditions\.projectKey must be a string or a list of strings/,
    );
  });
});

describe('manifest checks at start-up', () => {
  const withModules = (modules: Record<string, unknown>) => ({ ...fixtureManifest, modules });

  it('refuses what the host cannot render faithfully, naming the module', () => {
    expect(() =>
      buildUiCatalog(
        withModules({
          'jiraServiceManagement:portalRequestCreatePropertyPanel': [{ key: 'panel', resource: 'fixture' }],
        }),
      ),
    ).toThrow(/portalRequestCreatePropertyPanel is not rendered by the local host/);
    expect(() =>
      buildUiCatalog(
        withModules({
          'jiraServiceManagement:portalRequestDetail': [
            { key: 'detail', resource: 'fixture', title: 'D', unlicensedAccess: ['anonymous'] },
          ],
        }),
      ),
    ).toThrow(
      'manifest.yml: jiraServiceManagement:portalRequestDetail "detail": unlicensedAccess "anonymous" is not supported by this module (unlicensed, customer).',
    );
    expect(() =>
      buildUiCatalog(
        withModules({
          'jira:customField': [
            {
              key: 'f',
              name: 'F',
              type: 'string',
              edit: { resource: 'field', experience: ['issue-sidebar'] },
            },
          ],
        }),
      ),
    ).toThrow(/jira:customField "f": edit\.experience\.0: /);
    expect(() =>
      buildUiCatalog(
        withModules({
          'jira:customField': [
            { key: 'f', name: 'F', type: 'string', view: { resource: 'nope', experience: ['issue-view'] } },
          ],
        }),
      ),
    ).toThrow('manifest.yml: jira:customField "f" uses resource "nope", which is not declared.');
  });

  it('reads custom fields with their entry points, experiences, readOnly and unlicensedAccess', () => {
    const catalog = buildUiCatalog(fixtureManifest);

    expect(catalog.fields.slice(0, 1)).toEqual([
      {
        key: 'fixture-risk',
        name: 'Risk',
        description: 'How risky the change is.',
        type: 'string',
        collection: 'none',
        readOnly: false,
        view: { resourceKey: 'field', experiences: ['issue-view', 'portal-view'] },
        edit: { resourceKey: 'field', experiences: ['issue-view', 'portal-request'] },
        unlicensedAccess: ['unlicensed', 'customer'],
      },
    ]);
    expect(catalog.modules.find((m) => m.key === 'fixture-request-detail')?.unlicensedAccess).toEqual([
      'customer',
    ]);
    expect(catalog.modules.find((m) => m.key === 'fixture-issue-panel')?.unlicensedAccess).toEqual([]);
  });
});
