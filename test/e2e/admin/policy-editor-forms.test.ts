/**
 * The policy's forms for who may edit it, GitHub logins and freeze windows, in Chromium against the real app
 * in the local host: a Jira admin names the change managers as editors on Jira's admin page; a change
 * manager, whom Jira keeps out of its admin settings, then edits the policy on the Async CAB page's Rules
 * tab, sees the server's field errors next to the fields, and cannot change the editors.
 */
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';

import {
  newPageAs,
  openRulesTab,
  screenshot,
  startE2eHost,
  stopE2eHost,
  type E2eHost,
} from '../../support/e2e-host';

const WAIT = { timeout: 15_000 };
const TEST_TIMEOUT = 60_000;
const SHOTS = '/tmp/admin-shots';

// Demo identities (docs/demo-site.md): Alex is a Jira admin, Morgan a change manager, Dana a developer.
const ALEX_ADMIN = '712020:5e0c1d2a-0000-4000-8000-000000000009';
const MORGAN = '712020:5e0c1d2a-0000-4000-8000-000000000008';
const DANA = '712020:5e0c1d2a-0000-4000-8000-000000000001';

let e2e: E2eHost;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  e2e = await startE2eHost('admin-forms');
}, 120_000);

afterAll(() => stopE2eHost(e2e));

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function openAdmin(accountId: string): Promise<{ page: Page; ui: FrameLocator }> {
  const page = await newPageAs(e2e, accountId);
  contexts.push(page.context());
  await page.goto(`${e2e.host.url}/jira/settings/apps/cab-admin`);
  const ui = page.frameLocator('iframe[data-module-key="cab-admin"]');
  await ui.getByRole('tab', { name: 'Systems' }).waitFor(WAIT);
  return { page, ui };
}

async function openRules(accountId: string): Promise<{ page: Page; ui: FrameLocator }> {
  const opened = await openRulesTab(e2e, accountId);
  contexts.push(opened.page.context());
  return opened;
}

async function saveAndWait(ui: FrameLocator): Promise<void> {
  await ui.getByTestId('save-policy').click();
  await ui.getByTestId('save-policy').and(ui.locator(':disabled')).waitFor(WAIT);
}

describe('the policy forms for change managers', () => {
  it(
    'lets a Jira admin choose the policy editor groups by name',
    async () => {
      const { page, ui } = await openAdmin(ALEX_ADMIN);
      await ui.getByRole('tab', { name: 'People and access' }).click();
      const editors = ui.getByTestId('policy-editors');

      await editors.getByRole('combobox').fill('change');
      await editors.getByRole('option', { name: 'change-managers' }).click();
      expect(await editors.getByRole('list', { name: /chosen/ }).textContent()).toContain('change-managers');
      await saveAndWait(ui);

      expect(await ui.getByTestId('save-error').count()).toBe(0);
      await screenshot(page, 'editors-admin', SHOTS);
    },
    TEST_TIMEOUT,
  );

  it(
    'shows a change manager the editor groups read-only, and lets him map a GitHub login to a person by name',
    async () => {
      // Jira keeps him out of its admin settings
      const refused = await newPageAs(e2e, MORGAN);
      contexts.push(refused.context());
      const answer = await refused.goto(`${e2e.host.url}/jira/settings/apps/cab-admin`);
      expect(answer?.status()).toBe(403);

      const { page, ui } = await openRules(MORGAN);
      expect(await ui.getByTestId('read-only').count()).toBe(0);
      // The site's set-up stays on the admin page
      expect(await ui.getByRole('tab', { name: 'Setup check' }).count()).toBe(0);
      expect(await ui.getByRole('tab', { name: 'GitHub' }).count()).toBe(0);
      await ui.getByRole('tab', { name: 'People and access' }).click();

      // The editor groups are shown, without a way to change them
      const editors = ui.getByTestId('policy-editors');
      expect(await editors.textContent()).toContain('change-managers');
      expect(await editors.getByRole('combobox').count()).toBe(0);
      expect(await ui.getByTestId('policy-editors-admins-only').count()).toBe(1);

      // When he maps the login dev-patel to Dev Patel, chosen by name
      const logins = ui.getByTestId('github-logins');
      await logins.getByRole('button', { name: 'Add GitHub login' }).click();
      await logins.getByRole('textbox', { name: 'GitHub login', exact: true }).fill('dev-patel');
      await logins.getByRole('combobox').fill('Dev');
      await logins.getByRole('option', { name: 'Dev Patel' }).click();
      expect(await logins.getByTestId('chosen-person').textContent()).toBe('Dev Patel');
      await screenshot(page, 'github-logins', SHOTS);
      await saveAndWait(ui);

      expect(await ui.getByTestId('save-error').count()).toBe(0);
      // And a fresh page names the person the login is mapped to, never an account id
      const again = await openRules(MORGAN);
      await again.ui.getByRole('tab', { name: 'People and access' }).click();
      const mapped = again.ui
        .getByTestId('github-login')
        .filter({ has: again.ui.locator('input[value="dev-patel"]') });
      expect(await mapped.getByTestId('chosen-person').textContent()).toBe('Dev Patel');
    },
    TEST_TIMEOUT,
  );

  it(
    'puts the server’s freeze-window errors next to the fields, with the times in the named zone',
    async () => {
      const { page, ui } = await openRules(MORGAN);
      await ui.getByRole('tab', { name: 'Freeze windows' }).click();
      const freezes = ui.getByTestId('freeze-windows');
      await freezes.getByRole('button', { name: 'Add freeze window' }).click();
      const freeze = freezes.getByTestId('freeze-window').last();

      // Given a window that ends before it starts
      await freeze.getByLabel('Name').fill('Year-end freeze');
      await freeze.getByLabel(/^Starts \(/).fill('2026-12-21T00:00');
      await freeze.getByLabel(/^Ends \(/).fill('2026-12-20T00:00');
      await ui.getByTestId('save-policy').click();

      // Then the server's message is shown next to the end, and the tab counts the problem
      const endError = freeze.getByRole('alert');
      await endError.waitFor(WAIT);
      expect(await endError.textContent()).toContain('must end after it starts');
      expect(await ui.getByRole('tab', { name: /Freeze windows/ }).textContent()).toContain('1 to fix');
      await screenshot(page, 'freeze-error', SHOTS);

      // When he corrects the end and saves, the window is saved and read back in the zone it was entered in
      await freeze.getByLabel(/^Ends \(/).fill('2027-01-04T00:00');
      await freeze.getByLabel('Kind').selectOption('soft');
      await saveAndWait(ui);
      expect(await ui.getByTestId('save-error').count()).toBe(0);
      const label = await freeze.getByLabel(/^Starts \(/).evaluate((input) => input.id);
      expect(await ui.locator(`label[for="${label}"]`).textContent()).toMatch(/\(.+\/.+\)|\(UTC\)/);
      expect(await freeze.getByLabel(/^Starts \(/).inputValue()).toBe('2026-12-21T00:00');
      await screenshot(page, 'freeze-saved', SHOTS);
    },
    TEST_TIMEOUT,
  );

  it(
    'keeps the policy read-only for someone in no editor group',
    async () => {
      const { page, ui } = await openRules(DANA);
      await ui.getByTestId('read-only').waitFor(WAIT);
      expect(await ui.getByTestId('read-only').textContent()).toContain("policy's editor groups");
      await ui.getByRole('tab', { name: 'People and access' }).click();
      expect(await ui.getByTestId('github-logins').textContent()).toContain('Dev Patel');
      await screenshot(page, 'read-only', SHOTS);
    },
    TEST_TIMEOUT,
  );
});
