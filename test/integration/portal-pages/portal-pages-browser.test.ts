import { join } from 'node:path';

import type { Browser, FrameLocator, Page } from 'playwright-core';

import { launchChromium, SCREENSHOTS_DIR as screenshots } from '../../support/chromium';

import { APP_UUID, DANA, jsonOf, startPortalHost, type PortalHost } from './portal-harness';

let portal: PortalHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  portal = await startPortalHost();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await portal.stop();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Dana, a developer, acts in the portal (the user switcher's cookie).
  await page
    .context()
    .addCookies([{ name: 'acab_user', value: encodeURIComponent(DANA.accountId), url: portal.url }]);
});

afterEach(async () => {
  await page.context().close();
});

const panel = (): FrameLocator => page.frameLocator('iframe[data-module-key="change-questions"]');

async function openChangeForm(): Promise<void> {
  await page.goto(`${portal.url}/servicedesk/customer/portal/1/create/10`);
  await panel().getByTestId('risk').waitFor();
}

describe('portal in Chromium', () => {
  it('raises a change from the help center: Summary, Description and the app panel, stored together', async () => {
    // Given Dana on the help center
    await page.goto(`${portal.url}/servicedesk/customer/portal/1`);
    await page.getByTestId('request-types').waitFor();
    await page.screenshot({ path: join(screenshots, 'portal-home.png'), fullPage: true });

    // When she picks "Change", fills the form and the app panel, and presses Create
    await Promise.all([
      page.waitForURL('**/servicedesk/customer/portal/1/create/10'),
      page
        .getByRole('link', { name: /^Change/ })
        .first()
        .click(),
    ]);
    await panel().getByTestId('risk').waitFor();
    await page.getByLabel('Summary').fill('Upgrade the payments API to Node 24');
    await page.getByLabel('Description').fill('Canary first, then 100% after an hour.');
    await panel().getByTestId('risk').fill('medium');
    await panel().getByTestId('rollback').fill('Redeploy the previous image');
    await page.screenshot({ path: join(screenshots, 'portal-create-filled.png'), fullPage: true });
    await Promise.all([
      page.waitForURL(/\/servicedesk\/customer\/portal\/1\/CHG-\d+$/),
      page.getByRole('button', { name: 'Create' }).click(),
    ]);

    // Then the request view shows the new request, and the detail module sees the stored property
    const key = page.url().split('/').pop() ?? '';
    await page.getByTestId('request-key').filter({ hasText: key }).waitFor();
    const shown = page
      .frameLocator('iframe[data-module-key="change-answers"]')
      .getByTestId('property-out')
      .filter({ hasText: 'medium' });
    await shown.waitFor();
    await page.screenshot({ path: join(screenshots, 'portal-request-view.png'), fullPage: true });
    // And over REST: the issue has Dana's fields, and the property holds the panel's answers
    const issue = await jsonOf(
      await portal.rest(`/rest/api/3/issue/${key}?fields=summary,reporter`, { as: DANA.email }),
    );
    expect(issue['fields']).toMatchObject({
      summary: 'Upgrade the payments API to Node 24',
      reporter: { accountId: DANA.accountId },
    });
    const property = await jsonOf(
      await portal.rest(`/rest/api/3/issue/${key}/properties/${APP_UUID}`, { as: DANA.email }),
    );
    expect(property['value']).toEqual({ risk: 'medium', rollbackPlan: 'Redeploy the previous image' });
    // And back on the help center, "My requests" links to it
    await page.goto(`${portal.url}/servicedesk/customer/portal/1`);
    const row = page.locator(`[data-request-key="${key}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Upgrade the payments API to Node 24');
    expect(await row.getByRole('link', { name: key }).getAttribute('href')).toBe(
      `/servicedesk/customer/portal/1/${key}`,
    );
    await page.screenshot({ path: join(screenshots, 'portal-home-my-requests.png'), fullPage: true });
  });

  it('shows "Summary is required." under an empty Summary and creates nothing', async () => {
    await openChangeForm();
    const before = await portal.countChangeRequests();
    await panel().getByTestId('risk').fill('low');

    await page.getByRole('button', { name: 'Create' }).click();

    const error = page.locator('#acab-field-summary-error');
    await error.filter({ hasText: 'Summary is required.' }).waitFor();
    expect(await page.getByLabel('Summary').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#acab-create-error').textContent()).toContain('Fix the errors in the form');
    await page.screenshot({ path: join(screenshots, 'portal-create-summary-required.png'), fullPage: true });
    expect(page.url()).toBe(`${portal.url}/servicedesk/customer/portal/1/create/10`);
    expect(await portal.countChangeRequests()).toBe(before);
  });

  it('refuses the form while the app panel reports isValid false and creates nothing', async () => {
    await openChangeForm();
    const before = await portal.countChangeRequests();
    await page.getByLabel('Summary').fill('Risky change');
    // The panel submits isValid: false once Risk is emptied again
    await panel().getByTestId('risk').fill('x');
    await panel().getByTestId('risk').fill('');
    await panel().getByTestId('risk-error').waitFor();

    await page.getByRole('button', { name: 'Create' }).click();

    await page.locator('#acab-create-error').filter({ hasText: 'Fix the errors in the form' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'portal-create-panel-invalid.png'), fullPage: true });
    expect(await page.locator('#acab-field-summary-error').isHidden()).toBe(true);
    expect(await portal.countChangeRequests()).toBe(before);
  });

  it('refuses the form while a panel with a required input never submitted', async () => {
    await openChangeForm();
    const before = await portal.countChangeRequests();
    await page.getByLabel('Summary').fill('Forgot the CAB questions');

    await page.getByRole('button', { name: 'Create' }).click();

    await page.locator('#acab-create-error').filter({ hasText: 'Fix the errors in the form' }).waitFor();
    expect(await portal.countChangeRequests()).toBe(before);
  });
});
