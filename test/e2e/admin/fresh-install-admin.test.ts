/**
 * The admin page of a fresh install (nothing saved): the empty policy, and a setup check that walks the admin
 * through the first system, the change managers and the emergency approvers.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser } from 'playwright-core';

import { startLocalHost, type LocalHost } from '../../../local/host/create-local-host';
import { launchChromium, screenshotPath } from '../../support/chromium';

const WAIT = { timeout: 15_000 };
const ALEX_ADMIN = '712020:5e0c1d2a-0000-4000-8000-000000000009';

let host: LocalHost;
let dataDir: string;
let browser: Browser;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'acab-admin-fresh-'));
  host = await startLocalHost({ port: 0, dataDir, reset: true, demoPolicy: false });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser.close();
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
});

it('guides the admin of a fresh install through the first system', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'acab_user', value: ALEX_ADMIN, url: host.url }]);
  const page = await context.newPage();
  await page.goto(`${host.url}/jira/settings/apps/cab-admin`);
  const ui = page.frameLocator('iframe[data-module-key="cab-admin"]');
  await ui.getByRole('tab', { name: 'Systems' }).waitFor(WAIT);
  await page.screenshot({ path: screenshotPath('admin-fresh-systems'), fullPage: true });

  await ui.getByRole('tab', { name: /Setup check/ }).click();
  await ui.getByText('Systems and their approver groups').waitFor(WAIT);
  const text = (await ui.locator('body').textContent()) ?? '';
  expect(text).toContain('add your first system');
  expect(text).toContain('Change managers (escalation group)');
  expect(text).toContain('Emergency approvers (ECAB)');
  await page.screenshot({ path: screenshotPath('admin-fresh-setup-check'), fullPage: true });
  await context.close();
}, 60_000);
