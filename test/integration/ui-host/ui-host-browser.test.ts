import { join } from 'node:path';

import type { Browser, FrameLocator, Page } from 'playwright-core';

import { launchChromium, SCREENSHOTS_DIR as screenshots } from '../../support/chromium';
import { riskFieldId, startUiHost, users, type UiHostHarness } from './ui-host-harness';

const [dana, sam, noah] = users;

let host: UiHostHarness;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  host = await startUiHost();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await host.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  host.invokeCalls.length = 0;
  host.jiraCalls.length = 0;
});

afterEach(async () => {
  await page.context().close();
});

const panel = (moduleKey: string): FrameLocator =>
  page.frameLocator(`iframe[data-module-key="${moduleKey}"]`);

async function textOnceContains(frame: FrameLocator, testId: string, expected: string): Promise<string> {
  const locator = frame.getByTestId(testId).filter({ hasText: expected });
  await locator.waitFor({ timeout: 10_000 });
  return (await locator.textContent()) ?? '';
}

function contextShown(text: string): {
  accountId: string;
  moduleKey: string;
  extension: Record<string, unknown>;
} {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`not a context: ${text}`);
  return {
    accountId: 'accountId' in parsed && typeof parsed.accountId === 'string' ? parsed.accountId : '',
    moduleKey: 'moduleKey' in parsed && typeof parsed.moduleKey === 'string' ? parsed.moduleKey : '',
    extension:
      'extension' in parsed && typeof parsed.extension === 'object' && parsed.extension !== null
        ? { ...parsed.extension }
        : {},
  };
}

describe('issue view', () => {
  it('renders the fixture UI in the issue panel with the issue context and the current user', async () => {
    // Given a browser with no user chosen yet
    // When it opens the issue view
    await page.goto(`${host.baseUrl}/browse/CHG-1`);

    // Then the panel's getContext carries the issue, the project and the default (first) user
    const context = contextShown(
      await textOnceContains(panel('fixture-issue-panel'), 'context-out', 'CHG-1'),
    );
    expect(context.accountId).toBe(dana?.accountId);
    expect(context.moduleKey).toBe('fixture-issue-panel');
    expect(context.extension).toMatchObject({
      type: 'jira:issuePanel',
      issue: { id: '10001', key: 'CHG-1', type: 'Change', typeId: '10005' },
      project: { id: '10000', key: 'CHG', type: 'service_desk' },
    });
    // And the issue context module on the right gets its own module type
    const side = contextShown(await textOnceContains(panel('fixture-issue-context'), 'context-out', 'CHG-1'));
    expect(side.extension['type']).toBe('jira:issueContext');
    await page
      .getByTestId('issue-summary')
      .filter({ hasText: 'Rotate the payments API signing key' })
      .waitFor();
    await page.screenshot({ path: join(screenshots, 'ui-host-issue-view.png'), fullPage: true });
  });

  it('passes invoke to the resolver with the module key, the payload and the current user', async () => {
    await page.goto(`${host.baseUrl}/browse/CHG-1`);
    const ui = panel('fixture-issue-panel');
    await textOnceContains(ui, 'context-out', 'CHG-1');

    // When the UI invokes its resolver
    await ui.getByTestId('invoke').click();

    // Then the resolver's answer reaches the UI, and the runtime was asked as the current user for this module
    const shown = await textOnceContains(ui, 'invoke-out', 'echoed');
    expect(JSON.parse(shown)).toEqual({
      echoed: { hello: 'world', risk: 'low' },
      as: dana?.accountId,
      type: 'licensed',
    });
    expect(host.invokeCalls).toHaveLength(1);
    expect(host.invokeCalls[0]).toMatchObject({
      moduleKey: 'fixture-issue-panel',
      functionKey: 'echo',
      payload: { hello: 'world', risk: 'low' },
      accountId: dana?.accountId,
      accountType: 'licensed',
      extension: { issue: { key: 'CHG-1' } },
    });
  });

  it('rejects invoke with the Forge error message when the resolver fails', async () => {
    await page.goto(`${host.baseUrl}/browse/CHG-1`);
    const ui = panel('fixture-issue-panel');
    await ui.getByTestId('risk').fill('boom');

    await ui.getByTestId('invoke').click();

    const shown = await textOnceContains(ui, 'invoke-out', 'error');
    expect(shown).toBe('error: There was an error invoking the function - Resolver exploded on purpose');
  });

  it('sends requestJira to Jira as the current user and returns status and body to the UI', async () => {
    await page.goto(`${host.baseUrl}/browse/CHG-1`);
    const ui = panel('fixture-issue-panel');

    await ui.getByTestId('jira').click();

    const shown = await textOnceContains(ui, 'jira-out', '200');
    expect(shown.startsWith('200 ')).toBe(true);
    expect(JSON.parse(shown.slice(4))).toEqual({
      accountId: dana?.accountId,
      displayName: 'Dana Lee',
      expand: 'groups',
    });
    const call = host.jiraCalls.find((c) => c.request.path === '/rest/api/3/myself');
    expect(call?.accountId).toBe(dana?.accountId);
    expect(call?.request.method).toBe('GET');
    expect(call?.request.headers['x-atlassian-token']).toBe('no-check');
  });

  it('shows the flag the UI raises on the host page', async () => {
    await page.goto(`${host.baseUrl}/browse/CHG-1`);

    await panel('fixture-issue-panel').getByTestId('flag').click();

    const flag = page.locator('#acab-flags [role="alert"]');
    await flag.filter({ hasText: 'Saved' }).waitFor();
    expect(await flag.textContent()).toContain('Risk is low');
    await page.screenshot({ path: join(screenshots, 'ui-host-flag.png') });
  });

  it('refuses view.submit from a module that is not a custom field edit UI, as Forge does', async () => {
    await page.goto(`${host.baseUrl}/browse/CHG-1`);
    const ui = panel('fixture-issue-panel');

    await ui.getByTestId('submit').click();

    expect(await textOnceContains(ui, 'submit-out', 'error')).toBe(
      "error: this resource's view is not submittable.",
    );
  });

  it('follows router.navigate from the UI on the host page', async () => {
    await page.goto(`${host.baseUrl}/browse/CHG-1`);

    await Promise.all([
      page.waitForURL('**/browse/CHG-2'),
      panel('fixture-issue-panel').getByTestId('navigate').click(),
    ]);

    // The fake Jira has no CHG-2, so the host shows Jira's "cannot see it" page for the new location
    await page.getByTestId('host-message').filter({ hasText: '404' }).waitFor();
  });

  it('acts as the user chosen in the switcher', async () => {
    await page.goto(`${host.baseUrl}/browse/CHG-1`);
    await textOnceContains(panel('fixture-issue-panel'), 'context-out', 'CHG-1');

    // When Sam is chosen in the switcher (the page reloads)
    await Promise.all([
      page.waitForEvent('load'),
      page.locator('#acab-user-switcher').selectOption(sam?.accountId ?? ''),
    ]);
    const ui = panel('fixture-issue-panel');
    const context = contextShown(await textOnceContains(ui, 'context-out', 'CHG-1'));
    await ui.getByTestId('invoke').click();
    await textOnceContains(ui, 'invoke-out', 'echoed');

    // Then getContext and invoke both see Sam
    expect(context.accountId).toBe(sam?.accountId);
    expect(host.invokeCalls.map((c) => c.accountId)).toEqual([sam?.accountId]);
    expect(await page.locator('#acab-user-switcher').inputValue()).toBe(sam?.accountId);
  });
});

describe('content security policy', () => {
  it('blocks an inline script and an inline style the app did not declare, as on a site', async () => {
    await page.goto(`${host.baseUrl}/browse/CHG-1`);
    await textOnceContains(panel('fixture-issue-panel'), 'context-out', 'CHG-1');
    const frame = page
      .frames()
      .find((candidate) => candidate.url().includes('/_local/ui/resources/fixture/'));
    if (frame === undefined) throw new Error('no fixture frame');

    const outcome = await frame.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(event.effectiveDirective);
      });
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.appendChild(script);
      const style = document.createElement('style');
      style.textContent = 'body { margin-left: 77px; }';
      document.head.appendChild(style);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return {
        ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
        margin: getComputedStyle(document.body).marginLeft,
        violations,
      };
    });

    expect(outcome.ran).toBe(false);
    expect(outcome.margin).not.toBe('77px');
    expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-elem']));
  });
});

describe('portal', () => {
  const field = (entryPoint: 'edit' | 'view'): FrameLocator =>
    page.frameLocator(`iframe[data-module-key="fixture-risk"][data-entry-point="${entryPoint}"]`);

  it("posts the app field's latest view.submit value with the typed fields to JSM as the person", async () => {
    await page.goto(`${host.baseUrl}/servicedesk/customer/portal/1/create/10`);
    // The field's edit UI gets the portal context, numbers for the ids, and Dana's time zone
    const shown = field('edit').getByTestId('context-out').filter({ hasText: 'portal-request' });
    await shown.waitFor({ state: 'attached' });
    const context: unknown = JSON.parse((await shown.textContent()) ?? '{}');
    expect(context).toMatchObject({
      timezone: 'Europe/London',
      moduleKey: 'fixture-risk',
      extension: { type: 'jira:customField', portal: { id: 1 }, request: { typeId: 10 }, fieldValue: null },
    });

    // When Dana fills Summary, answers the field twice (the last value wins) and presses Create
    await page.getByLabel('Summary').fill('Upgrade the ingress controller');
    const input = field('edit').getByTestId('field-input');
    await input.fill('medium');
    await input.fill('high');
    await field('edit')
      .getByTestId('field-submit-out')
      .filter({ hasText: 'submitted high' })
      .waitFor({ state: 'attached' });
    await page.screenshot({ path: join(screenshots, 'ui-host-portal-create.png'), fullPage: true });
    await Promise.all([
      page.waitForURL('**/servicedesk/customer/portal/1/CHG-7'),
      page.locator('#acab-create').click(),
    ]);

    // Then JSM got one create request, as Dana, with the typed fields and the field's last value
    const creates = host.jiraCalls.filter((c) => c.request.method === 'POST');
    expect(creates.map((c) => [c.request.path, c.accountId, JSON.parse(c.request.body) as unknown])).toEqual([
      [
        '/rest/servicedeskapi/request',
        dana?.accountId,
        {
          serviceDeskId: '1',
          requestTypeId: '10',
          requestFieldValues: { summary: 'Upgrade the ingress controller', [riskFieldId]: 'high' },
        },
      ],
    ]);
    // And the request view shows the field through its view UI and the detail module below
    await field('view').getByTestId('field-value').filter({ hasText: 'high' }).waitFor();
    const detail = contextShown(
      await textOnceContains(panel('fixture-request-detail'), 'context-out', 'CHG-7'),
    );
    expect(detail.extension).toMatchObject({
      type: 'jiraServiceManagement:portalRequestDetail',
      portal: { id: 1 },
      request: { key: 'CHG-7', typeId: 10, property: { fields: [{ key: 'risk', value: 'high' }] } },
    });
    await page.screenshot({ path: join(screenshots, 'ui-host-portal-request.png'), fullPage: true });
  });

  it('does not post the form while Summary is empty', async () => {
    await page.goto(`${host.baseUrl}/servicedesk/customer/portal/1/create/10`);
    await field('edit').getByTestId('field-input').fill('low');

    await page.locator('#acab-create').click();

    await page.locator('#acab-field-summary-error').filter({ hasText: 'Summary is required.' }).waitFor();
    // The message above the button names the field by its label
    await page
      .locator('#acab-create-error')
      .filter({ hasText: 'Fix the errors in the form: Summary needs your attention.' })
      .waitFor();
    expect(host.jiraCalls.filter((c) => c.request.method === 'POST')).toEqual([]);
  });
});

describe('account types in the browser', () => {
  it('rejects invoke from a module that leaves the current account type out, without running the resolver', async () => {
    await page.goto(`${host.baseUrl}/browse/CHG-1`);
    const ui = panel('fixture-issue-panel');
    await textOnceContains(ui, 'context-out', 'CHG-1');

    // When the person acting switches to Noah (Jira licence only) while the page is open, and the panel invokes
    await page
      .context()
      .addCookies([
        { name: 'acab_user', value: encodeURIComponent(noah?.accountId ?? ''), url: host.baseUrl },
      ]);
    await ui.getByTestId('invoke').click();

    // Then the bridge rejects as Forge would not run the module for him
    expect(await textOnceContains(ui, 'invoke-out', 'error')).toBe(
      'error: There was an error invoking the function - The app module "fixture-issue-panel" is not available to unlicensed users (manifest.yml unlicensedAccess).',
    );
    expect(host.invokeCalls).toEqual([]);
    // And after a reload the panel is not on his page at all
    await page.reload();
    await page.getByTestId('issue-summary').waitFor();
    expect(await page.locator('iframe[data-module-key="fixture-issue-panel"]').count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'ui-host-issue-view-unlicensed.png'), fullPage: true });
  });
});

describe('full-page modules', () => {
  it('renders the admin page and the dashboard gadget with their module contexts', async () => {
    await page.goto(`${host.baseUrl}/jira/settings/apps/fixture-admin`);
    const admin = contextShown(await textOnceContains(panel('fixture-admin'), 'context-out', 'adminPage'));
    expect(admin.extension['type']).toBe('jira:adminPage');
    await page.screenshot({ path: join(screenshots, 'ui-host-admin-page.png'), fullPage: true });

    await page.goto(`${host.baseUrl}/jira/dashboards/fixture-gadget`);
    const gadget = contextShown(
      await textOnceContains(panel('fixture-gadget'), 'context-out', 'dashboardGadget'),
    );
    expect(gadget.extension).toMatchObject({
      gadget: { id: 'fixture-gadget' },
      dashboard: { id: 'local' },
      gadgetConfiguration: {},
    });
  });
});
