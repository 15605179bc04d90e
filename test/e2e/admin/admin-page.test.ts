/**
 * The admin page against the real app in the local host, in Chromium: what a Jira
 * admin and a non-admin see and can do. Needs the backend (the manifest's cab-admin module and the policy
 * resolvers in src/entry).
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

// Demo identities (docs/demo-site.md).
const ALEX_ADMIN = '712020:5e0c1d2a-0000-4000-8000-000000000009';
const DANA = '712020:5e0c1d2a-0000-4000-8000-000000000001';

let e2e: E2eHost;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  e2e = await startE2eHost('admin');
}, 120_000);

afterAll(() => stopE2eHost(e2e));

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

/** Opens the admin page as `accountId` (the host's user switcher cookie) and waits for the policy. */
async function openAdmin(accountId: string, width = 1280): Promise<{ page: Page; ui: FrameLocator }> {
  const page = await newPageAs(e2e, accountId, { width, height: 900 });
  contexts.push(page.context());
  await page.goto(`${e2e.host.url}/jira/settings/apps/cab-admin`);
  const ui = page.frameLocator('iframe[data-module-key="cab-admin"]');
  await ui.getByRole('tab', { name: 'Systems' }).waitFor(WAIT);
  return { page, ui };
}

const systemRow = (ui: FrameLocator, key: string) => ui.getByTestId(`system-row-${key}`);

describe('the admin page for a Jira admin', () => {
  it(
    'shows the systems of the policy with their approver groups, editable',
    async () => {
      const { page, ui } = await openAdmin(ALEX_ADMIN);

      await systemRow(ui, 'payments-api').waitFor(WAIT);
      expect(await systemRow(ui, 'payments-api').textContent()).toContain('cab-payments, cab-security');
      expect(await systemRow(ui, 'identity').textContent()).toContain('America/New_York');
      expect(await ui.getByTestId('read-only').count()).toBe(0);
      expect(await ui.getByTestId('save-policy').isDisabled()).toBe(true);
      await screenshot(page, 'admin-e2e-systems');
    },
    TEST_TIMEOUT,
  );

  it(
    'moves between tabs with the arrow keys and reads the risk tiers out in words',
    async () => {
      const { page, ui } = await openAdmin(ALEX_ADMIN);

      // When the admin focuses the Systems tab and presses the right arrow
      await ui.getByRole('tab', { name: 'Systems' }).focus();
      await ui.getByRole('tab', { name: 'Systems' }).press('ArrowRight');

      // Then the next tab is selected and focused, and its panel shows the risk tiers as sentences
      const clocks = ui.getByRole('tab', { name: 'Change types and clocks' });
      expect(await clocks.getAttribute('aria-selected')).toBe('true');
      expect(await clocks.evaluate((tab) => tab === document.activeElement)).toBe(true);
      const conditions = ui.getByTestId('risk-tier-condition');
      await conditions.first().waitFor(WAIT);
      expect(await conditions.allTextContents()).toContain(
        'Applies when the change is not tested or there is no rollback plan',
      );
      await screenshot(page, 'admin-e2e-clocks');
    },
    TEST_TIMEOUT,
  );

  it(
    'edits a risk tier’s condition with the form, reads it back in words after saving',
    async () => {
      const { page, ui } = await openAdmin(ALEX_ADMIN);
      await ui.getByRole('tab', { name: 'Change types and clocks' }).click();
      const tier = ui.getByTestId('risk-tier').filter({ hasText: 'Untested or no rollback plan' });
      const builder = tier.getByTestId('condition-builder');
      await builder.waitFor(WAIT);
      expect(await builder.getByTestId('condition-row').count()).toBe(2);

      // When he adds a third fact, "Risk is Critical", and lets any of them apply
      await builder.getByRole('button', { name: 'Add condition' }).click();
      const third = builder.getByTestId('condition-row').nth(2);
      await third.getByRole('checkbox', { name: 'High' }).uncheck();
      expect(await third.getByRole('checkbox', { name: 'Critical' }).isChecked()).toBe(true);
      await screenshot(page, 'admin-e2e-condition-form');
      await ui.getByTestId('save-policy').click();
      await ui.getByTestId('unsaved').waitFor({ state: 'detached', timeout: 15_000 });

      // Then a fresh page reads the tier in words, the new fact included
      const again = await openAdmin(ALEX_ADMIN);
      await again.ui.getByRole('tab', { name: 'Change types and clocks' }).click();
      const sentence = again.ui
        .getByTestId('risk-tier')
        .filter({ hasText: 'Untested or no rollback plan' })
        .getByTestId('risk-tier-condition');
      expect(await sentence.textContent()).toBe(
        'Applies when the change is not tested or there is no rollback plan or the risk is critical',
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'previews which groups a sample change gets under the edited policy, and why',
    async () => {
      const { page, ui } = await openAdmin(ALEX_ADMIN);
      await ui.getByRole('tab', { name: 'Preview' }).click();

      // Given a normal, low-risk, tested change to the Payments API (the default sample)
      await ui.getByTestId('run-preview').click();

      // Then the payments and security groups are asked, with a deadline, and the reasons are listed
      const groups = ui.getByTestId('preview-groups');
      await groups.waitFor(WAIT);
      const text = (await groups.textContent()) ?? '';
      expect(text).toContain('cab-payments');
      expect(text).toContain('cab-security');
      expect(await ui.getByTestId('preview-reasons').locator('li').count()).toBeGreaterThan(0);
      await screenshot(page, 'admin-e2e-preview');
    },
    TEST_TIMEOUT,
  );

  it(
    'lists a YAML import error with its line and keeps the saved policy',
    async () => {
      const { page, ui } = await openAdmin(ALEX_ADMIN);
      await ui.getByRole('tab', { name: 'Import / export' }).click();
      expect(await ui.getByTestId('export-yaml').inputValue()).toContain('payments-api');

      await ui.getByLabel('YAML to import').fill('systems: [\n  - key: broken\n');
      await ui.getByTestId('import-yaml-button').click();

      const error = ui.getByTestId('import-error');
      await error.waitFor(WAIT);
      expect(await error.textContent()).toMatch(/Line \d+/);
      await screenshot(page, 'admin-e2e-import-error');
      await ui.getByRole('tab', { name: 'Systems' }).click();
      await systemRow(ui, 'payments-api').waitFor(WAIT);
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the setup checklist and checks again on request',
    async () => {
      const { page, ui } = await openAdmin(ALEX_ADMIN);
      await ui.getByRole('tab', { name: 'Setup check' }).click();

      const checks = ui.getByTestId('setup-checks');
      await checks.waitFor(WAIT);
      expect(await checks.locator('li').count()).toBeGreaterThan(0);
      await ui.getByTestId('check-again').click();
      await checks.waitFor(WAIT);
      await screenshot(page, 'admin-e2e-setup-check');
    },
    TEST_TIMEOUT,
  );

  it(
    'puts a bad system key error next to the field, focuses it and saves nothing',
    async () => {
      const { page, ui } = await openAdmin(ALEX_ADMIN);
      await ui.getByRole('button', { name: 'Edit Payments API' }).click();

      // When the admin types an invalid key and saves
      await ui.locator('#field-systems-0-key').fill('Payments API');
      await ui.getByTestId('unsaved').waitFor(WAIT);
      await ui.getByTestId('save-policy').click();

      // Then the server's message is next to the key field, which has the focus
      const error = ui.getByTestId('error-field-systems-0-key');
      await error.waitFor(WAIT);
      expect(await error.textContent()).toContain('not a valid system key');
      expect(
        await ui.locator('#field-systems-0-key').evaluate((input) => input === document.activeElement),
      ).toBe(true);
      await screenshot(page, 'admin-e2e-field-error');

      // And a fresh page still shows the saved key
      const again = await openAdmin(ALEX_ADMIN);
      await systemRow(again.ui, 'payments-api').waitFor(WAIT);
    },
    TEST_TIMEOUT,
  );

  it(
    'adds an approver group chosen with the keyboard and saves it',
    async () => {
      const { page, ui } = await openAdmin(ALEX_ADMIN);
      await ui.getByRole('button', { name: 'Edit Checkout web' }).click();

      // When the admin searches Jira groups and picks cab-operations with the arrow keys and Enter
      const combobox = ui.getByRole('combobox', { name: 'Approver groups' });
      await combobox.fill('cab-operations');
      await ui.getByRole('option', { name: 'cab-operations' }).waitFor(WAIT);
      await combobox.press('ArrowDown');
      await combobox.press('Enter');
      await ui.getByTestId('unsaved').waitFor(WAIT);
      await ui.getByTestId('save-policy').click();

      // Then the page is saved (the unsaved marker goes) and a reload shows the new group
      await ui.getByTestId('unsaved').waitFor({ state: 'detached', timeout: 15_000 });
      expect(await ui.getByTestId('save-bar').textContent()).toMatch(/Revision \d+, saved/);
      // And it says who saved it by name, never by account id
      expect(await ui.getByTestId('saved-by').textContent()).toMatch(/ by Alex Admin$/);
      expect(await ui.getByTestId('save-bar').textContent()).not.toContain(ALEX_ADMIN);
      const again = await openAdmin(ALEX_ADMIN);
      await systemRow(again.ui, 'checkout-web')
        .filter({ hasText: 'cab-payments, cab-operations' })
        .waitFor(WAIT);
      await screenshot(page, 'admin-e2e-saved');
    },
    TEST_TIMEOUT,
  );

  it(
    'says someone else saved first when two admins edit at once, and reloads their version',
    async () => {
      const first = await openAdmin(ALEX_ADMIN);
      const second = await openAdmin(ALEX_ADMIN);

      // Given the first admin saves a change
      await first.ui.getByRole('button', { name: 'Edit Developer portal' }).click();
      await first.ui.locator('#field-systems-5-name').fill('Developer portal (Backstage)');
      await first.ui.getByTestId('save-policy').click();
      await first.ui.getByTestId('unsaved').waitFor({ state: 'detached', timeout: 15_000 });

      // When the second admin saves their own change from the older revision
      await second.ui.getByRole('button', { name: 'Edit Observability stack' }).click();
      await second.ui.locator('#field-systems-4-name').fill('Observability');
      await second.ui.getByTestId('save-policy').click();

      // Then they are told, and Reload shows the first admin's version
      const conflict = second.ui.getByTestId('conflict');
      await conflict.waitFor(WAIT);
      expect(await conflict.textContent()).toContain('Someone else saved the policy since you opened it');
      await screenshot(second.page, 'admin-e2e-conflict');
      await conflict.getByRole('button', { name: 'Reload' }).click();
      await systemRow(second.ui, 'dev-portal')
        .filter({ hasText: 'Developer portal (Backstage)' })
        .waitFor(WAIT);
    },
    TEST_TIMEOUT,
  );
});

describe('the policy for someone who is not a Jira admin', () => {
  it(
    'keeps them out of the admin page, and shows the policy read-only on the Rules tab, saying why',
    async () => {
      const refused = await newPageAs(e2e, DANA);
      contexts.push(refused.context());
      expect((await refused.goto(`${e2e.host.url}/jira/settings/apps/cab-admin`))?.status()).toBe(403);

      const { page, ui } = await openRulesTab(e2e, DANA, { width: 800, height: 900 });
      contexts.push(page.context());

      const message = ui.getByTestId('read-only');
      await message.waitFor(WAIT);
      expect(await message.textContent()).toContain('You can view the policy but not change it');
      expect(await ui.getByTestId('save-policy').count()).toBe(0);
      expect(await ui.getByTestId('add-system').count()).toBe(0);
      await ui.getByRole('button', { name: 'View Payments API' }).click();
      expect(await ui.locator('#field-systems-0-key').getAttribute('readonly')).not.toBeNull();
      expect(await ui.getByRole('combobox', { name: 'Approver groups' }).count()).toBe(0);
      expect(await ui.locator('#field-systems-0-criticality').isDisabled()).toBe(true);
      await screenshot(page, 'admin-e2e-read-only');
    },
    TEST_TIMEOUT,
  );
});
