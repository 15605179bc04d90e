import type { Browser, FrameLocator, Page } from 'playwright-core';

import { launchChromium, screenshotPath } from '../../support/chromium';

import { DANA, jsonOf, NOAH, RILEY, SAM, startPortalHost, type PortalHost } from './portal-harness';

let portal: PortalHost;
let browser: Browser;
let page: Page;
let ids: Record<string, string>;

beforeAll(async () => {
  portal = await startPortalHost();
  browser = await launchChromium();
  ids = await portal.fieldIds();
});

afterAll(async () => {
  await browser.close();
  await portal.stop();
});

afterEach(async () => {
  await page.context().close();
});

/** A fresh page acting as the person the user switcher's cookie names. */
async function actAs(accountId: string): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page
    .context()
    .addCookies([{ name: 'acab_user', value: encodeURIComponent(accountId), url: portal.url }]);
}

const id = (moduleKey: string): string => ids[moduleKey] ?? '';

const field = (moduleKey: string, entryPoint: 'edit' | 'view'): FrameLocator =>
  page.frameLocator(`iframe[data-module-key="${moduleKey}"][data-entry-point="${entryPoint}"]`);

/** Types into an app field's edit UI; on create forms it submits each change with `view.submit`. */
async function typeInto(moduleKey: string, value: string): Promise<void> {
  const frame = field(moduleKey, 'edit');
  await frame.getByTestId('field-input').fill(value);
  await frame
    .getByTestId('field-submit-out')
    .filter({ hasText: `submitted ${value}` })
    .waitFor({ state: 'attached' });
}

async function fieldValue(key: string, fieldId: string): Promise<unknown> {
  const issue = await jsonOf(
    await portal.rest(`/rest/api/3/issue/${key}?fields=${fieldId}`, { as: SAM.email }),
  );
  const fields = issue['fields'];
  if (typeof fields !== 'object' || fields === null) return undefined;
  return Object.entries(fields).find(([name]) => name === fieldId)?.[1];
}

async function raise(as: string, values: Record<string, unknown>): Promise<string> {
  const response = await portal.rest('/rest/servicedeskapi/request', {
    method: 'POST',
    as,
    body: { serviceDeskId: '1', requestTypeId: '10', requestFieldValues: values },
  });
  expect(response.status).toBe(201);
  return String((await jsonOf(response))['issueKey']);
}

describe('portal in Chromium', () => {
  it("raises a change with the app's field UIs on the form and shows their values on the request view", async () => {
    await actAs(DANA.accountId);
    // Given Dana on the help center, choosing "Change"
    await page.goto(`${portal.url}/servicedesk/customer/portal/1`);
    await page.getByTestId('request-types').waitFor();
    await Promise.all([
      page.waitForURL('**/servicedesk/customer/portal/1/create/10'),
      page
        .getByRole('link', { name: /^Change/ })
        .first()
        .click(),
    ]);

    // When she types Summary and Description and answers two app fields in their frames, then presses Create
    await page.getByLabel('Summary').fill('Upgrade the payments API to Node 24');
    await page.getByLabel('Description').fill('Canary first, then 100% after an hour.');
    await typeInto('risk-tier', 'medium');
    await typeInto('rollback-plan', '{"text":"Redeploy the previous image"}');
    await page.screenshot({ path: screenshotPath('portal-create-app-fields'), fullPage: true });
    await Promise.all([
      page.waitForURL(/\/servicedesk\/customer\/portal\/1\/CHG-\d+$/),
      page.getByRole('button', { name: 'Create' }).click(),
    ]);

    // Then the request view shows Risk tier through its portal-view UI, Rollback plan as its formatter text
    const key = page.url().split('/').pop() ?? '';
    await page.getByTestId('request-key').filter({ hasText: key }).waitFor();
    await field('risk-tier', 'view').getByTestId('field-value').filter({ hasText: 'medium' }).waitFor();
    await page.getByTestId('request-fields').filter({ hasText: 'Redeploy the previous image' }).waitFor();
    await page
      .frameLocator('iframe[data-module-key="change-answers"]')
      .getByTestId('module-out')
      .filter({ hasText: key })
      .waitFor();
    await page.screenshot({ path: screenshotPath('portal-request-view-app-fields'), fullPage: true });
    // And Jira stored what the fields submitted, and nothing for the field never touched
    expect(await fieldValue(key, id('risk-tier'))).toBe('medium');
    expect(await fieldValue(key, id('rollback-plan'))).toEqual({ text: 'Redeploy the previous image' });
    expect(await fieldValue(key, id('effort-points'))).toBeNull();
  });

  it("shows JSM's refusal of an app field's value under that field and creates nothing", async () => {
    await actAs(DANA.accountId);
    await page.goto(`${portal.url}/servicedesk/customer/portal/1/create/10`);
    const before = await portal.countChangeRequests();
    await page.getByLabel('Summary').fill('A rollback plan without its text');
    await typeInto('rollback-plan', '{"steps":3}');

    await page.getByRole('button', { name: 'Create' }).click();

    const error = page.locator(`#acab-field-${id('rollback-plan')}-error`);
    await error.waitFor();
    expect((await error.textContent()) ?? '').not.toBe('');
    expect(await page.locator('#acab-create-error').textContent()).toContain('Fix the errors in the form');
    await page.screenshot({ path: screenshotPath('portal-create-field-refused'), fullPage: true });
    expect(page.url()).toBe(`${portal.url}/servicedesk/customer/portal/1/create/10`);
    expect(await portal.countChangeRequests()).toBe(before);
  });

  it('shows "Summary is required." under an empty Summary and creates nothing', async () => {
    await actAs(DANA.accountId);
    await page.goto(`${portal.url}/servicedesk/customer/portal/1/create/10`);
    const before = await portal.countChangeRequests();
    await typeInto('risk-tier', 'low');

    await page.getByRole('button', { name: 'Create' }).click();

    await page.locator('#acab-field-summary-error').filter({ hasText: 'Summary is required.' }).waitFor();
    expect(await page.getByLabel('Summary').getAttribute('aria-invalid')).toBe('true');
    expect(await portal.countChangeRequests()).toBe(before);
  });

  it('lets Riley (portal customer) and not Noah (Jira licence only) see the detail module that allows customers only', async () => {
    const rileys = await raise(RILEY.email, { summary: 'Vendor maintenance window' });
    const noahs = await raise(NOAH.email, { summary: 'Noah asks for a database change' });

    await actAs(RILEY.accountId);
    await page.goto(`${portal.url}/servicedesk/customer/portal/1/${rileys}`);
    await page.frameLocator('iframe[data-module-key="change-answers"]').getByTestId('module-out').waitFor();
    const options = await page.locator('#acab-user-switcher option').allTextContents();
    await page.screenshot({ path: screenshotPath('portal-request-view-customer'), fullPage: true });
    await page.context().close();

    await actAs(NOAH.accountId);
    await page.goto(`${portal.url}/servicedesk/customer/portal/1/${noahs}`);
    await page.getByTestId('request-key').filter({ hasText: noahs }).waitFor();
    expect(await page.locator('iframe[data-module-key="change-answers"]').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('portal-request-view-unlicensed'), fullPage: true });

    expect(options).toEqual(
      expect.arrayContaining([
        'Dana Lee — developer, JSM licence',
        'Noah Brooks — developer, Jira licence only',
        'Riley Quinn — portal customer',
      ]),
    );
  });
});

describe('agent create and issue view in Chromium', () => {
  it('creates an Emergency change from the agent create page with an app field and opens the issue', async () => {
    await actAs(SAM.accountId);
    await page.goto(`${portal.url}/jira/create?project=CHG`);
    // When Sam picks "Emergency change" (the form reloads with its fields)
    await Promise.all([
      page.waitForURL('**/jira/create?project=CHG&requestType=11'),
      page.getByLabel('Request type').selectOption('11'),
    ]);
    await page.getByLabel('Summary').fill('Hotfix the login outage');
    await typeInto('risk-tier', 'high');
    await page.screenshot({ path: screenshotPath('agent-create-page'), fullPage: true });
    await Promise.all([
      page.waitForURL(/\/browse\/CHG-\d+$/),
      page.getByRole('button', { name: 'Create' }).click(),
    ]);

    // Then the issue view shows the new issue, its summary and status from Jira, and Risk tier in Details
    const key = page.url().split('/').pop() ?? '';
    await page.getByTestId('issue-summary').filter({ hasText: 'Hotfix the login outage' }).waitFor();
    await page.getByTestId('issue-status').waitFor();
    await field('risk-tier', 'view').getByTestId('field-value').filter({ hasText: 'high' }).waitFor();
    await page.screenshot({ path: screenshotPath('agent-create-issue-view'), fullPage: true });
    const request = await jsonOf(await portal.rest(`/rest/servicedeskapi/request/${key}`, { as: SAM.email }));
    expect(request['requestTypeId']).toBe('11');
  });

  it('edits an app field inline on the issue view: Save saves it as the person, Cancel goes back', async () => {
    const key = await raise(DANA.email, { summary: 'Move the cache to Redis 7', [id('risk-tier')]: 'low' });
    await actAs(SAM.accountId);
    await page.goto(`${portal.url}/browse/${key}`);
    await field('risk-tier', 'view').getByTestId('field-value').filter({ hasText: 'low' }).waitFor();
    // The read-only field has no Edit
    expect(await page.getByRole('button', { name: 'Edit Linked change' }).count()).toBe(0);

    // When Sam presses Edit, changes the value and saves
    await page.getByRole('button', { name: 'Edit Risk tier' }).click();
    const editor = field('risk-tier', 'edit');
    const input = editor.getByTestId('field-input');
    await input.waitFor();
    expect(await input.inputValue()).toBe('low');
    await input.fill('medium');
    await page.screenshot({ path: screenshotPath('issue-view-inline-edit'), fullPage: true });
    await editor.getByTestId('field-submit').click();

    // Then the view UI shows the new value and Jira has it
    await field('risk-tier', 'view').getByTestId('field-value').filter({ hasText: 'medium' }).waitFor();
    expect(await page.locator(`[data-field-editor="${id('risk-tier')}"]`).isHidden()).toBe(true);
    expect(await fieldValue(key, id('risk-tier'))).toBe('medium');
    await page.screenshot({ path: screenshotPath('issue-view-inline-edit-saved'), fullPage: true });

    // And Cancel (view.close) leaves the editor without saving
    await page.getByRole('button', { name: 'Edit Risk tier' }).click();
    await field('risk-tier', 'edit').getByTestId('field-input').fill('critical');
    await field('risk-tier', 'edit').getByTestId('field-close').click();
    await page.locator(`[data-field-editor="${id('risk-tier')}"]`).waitFor({ state: 'hidden' });
    expect(await field('risk-tier', 'view').getByTestId('field-value').textContent()).toBe('medium');
    expect(await fieldValue(key, id('risk-tier'))).toBe('medium');
  });

  it("shows Jira's refusal next to the field when the person may not edit the issue", async () => {
    const key = await raise(DANA.email, { summary: 'Dana’s change', [id('risk-tier')]: 'low' });
    await actAs(DANA.accountId);
    await page.goto(`${portal.url}/browse/${key}`);
    await page.getByRole('button', { name: 'Edit Risk tier' }).click();
    const editor = field('risk-tier', 'edit');
    await editor.getByTestId('field-input').fill('critical');

    await editor.getByTestId('field-submit').click();

    const error = page.locator(`[data-field-error="${id('risk-tier')}"]`);
    await error.filter({ hasText: 'permission' }).waitFor();
    await editor.getByTestId('field-submit-out').filter({ hasText: 'error:' }).waitFor({ state: 'attached' });
    await page.screenshot({ path: screenshotPath('issue-view-inline-edit-refused'), fullPage: true });
    expect(await fieldValue(key, id('risk-tier'))).toBe('low');
  });
});
