/**
 * Starts the real local host (this repository's app, real resolvers) with freshly built Custom UIs, and a
 * headless Chromium that acts as one of the demo users (docs/demo-site.md) through the `acab_user` cookie.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';

import { launchChromium } from '../../support/chromium';
import { startLocalHost, type LocalHost } from '../../../local/host/create-local-host';

export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

export const DEMO = {
  dana: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000001', email: 'dana.lee@asynccab.example' },
  sam: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000003', email: 'sam.rivera@asynccab.example' },
  priya: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000006', email: 'priya.nair@asynccab.example' },
  alex: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000009', email: 'alex.admin@asynccab.example' },
} as const;

export type DemoUser = (typeof DEMO)[keyof typeof DEMO];

/** Demo service desk: portal 1, request types Change (10) and Emergency change (11). */
export const PORTAL_ID = '1';
export const CHANGE_TYPE_ID = '10';
export const EMERGENCY_TYPE_ID = '11';

export interface PortalHarness {
  host: LocalHost;
  browser: Browser;
  /** A new page acting as `user` at the given viewport width. */
  pageAs(user: DemoUser, width?: number): Promise<Page>;
  /** Issue keys in project CHG, as Jira's JQL search returns them. */
  changeRequestKeys(): Promise<string[]>;
  close(): Promise<void>;
}

export async function startPortalHarness(): Promise<PortalHarness> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-portal-e2e-'));
  const host = await startLocalHost({ port: 0, dataDir, reset: true });
  const browser = await launchChromium();
  return {
    host,
    browser,
    async pageAs(user, width = 1280) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await context.addCookies([{ name: 'acab_user', value: user.accountId, url: host.url }]);
      return context.newPage();
    },
    async changeRequestKeys() {
      const auth = Buffer.from(`${DEMO.alex.email}:any-token`).toString('base64');
      const response = await fetch(
        `${host.url}/rest/api/3/search/jql?jql=${encodeURIComponent('project = CHG ORDER BY key ASC')}&maxResults=100&fields=summary`,
        { headers: { authorization: `Basic ${auth}`, accept: 'application/json' } },
      );
      const body: unknown = await response.json();
      if (typeof body !== 'object' || body === null || !('issues' in body) || !Array.isArray(body.issues)) {
        throw new Error(`JQL search answered ${String(response.status)}`);
      }
      return body.issues.flatMap((issue: unknown) =>
        typeof issue === 'object' && issue !== null && 'key' in issue && typeof issue.key === 'string'
          ? [issue.key]
          : [],
      );
    },
    async close() {
      await browser.close();
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const createPanel = (page: Page): FrameLocator =>
  page.frameLocator('iframe[data-module-key="cab-request-form"]');

export const statusPanel = (page: Page): FrameLocator =>
  page.frameLocator('iframe[data-module-key="cab-request-status"]');

export interface ChangeAnswers {
  summary: string;
  systems: string[];
  changeType?: 'Standard' | 'Normal';
  risk: 'Low' | 'Medium' | 'High' | 'Critical';
  start: { date: string; time: string };
  end: { date: string; time: string };
  timeZone?: string;
  evidenceUrl: string;
  consequence: string;
  rollback: string;
}

/** Fills JSM's Summary and every CAB question the way a person would, by label. */
export async function fillChangeForm(page: Page, answers: ChangeAnswers): Promise<void> {
  await page.getByLabel('Summary').fill(answers.summary);
  const form = createPanel(page);
  for (const system of answers.systems)
    await form.getByRole('checkbox', { name: new RegExp(system) }).check();
  if (answers.changeType !== undefined) await form.getByRole('radio', { name: answers.changeType }).check();
  await form.getByRole('radio', { name: answers.risk, exact: true }).check();
  if (answers.timeZone !== undefined) await form.getByLabel('Time zone').selectOption(answers.timeZone);
  await form.getByLabel('Start date').fill(answers.start.date);
  await form.getByLabel('Start time').fill(answers.start.time);
  await form.getByLabel('End date').fill(answers.end.date);
  await form.getByLabel('End time').fill(answers.end.time);
  await form.getByRole('radio', { name: 'Yes' }).check();
  await form.getByLabel('Link to the test evidence').fill(answers.evidenceUrl);
  await form.getByLabel('Consequence of not releasing now').fill(answers.consequence);
  await form.getByLabel('Rollback plan').fill(answers.rollback);
  await form.getByLabel('Rollback plan').blur();
}

export const PAYMENTS_CHANGE: ChangeAnswers = {
  summary: 'Rotate the payments API signing key',
  systems: ['Payments API'],
  changeType: 'Normal',
  // Medium risk inside London working hours: the default policy asks only the Payments API's own groups.
  risk: 'Medium',
  start: { date: '2026-12-01', time: '10:00' },
  end: { date: '2026-12-01', time: '11:00' },
  evidenceUrl: 'https://ci.example/acme/payments-api/runs/42',
  consequence: 'The current key expires on Friday and card payments would stop.',
  rollback: 'Re-deploy the previous key from the vault; takes five minutes.',
};

/** Raises a change on the portal as `page`'s user and answers the new request's key. */
export async function raiseChange(page: Page, baseUrl: string, answers: ChangeAnswers): Promise<string> {
  await page.goto(`${baseUrl}/servicedesk/customer/portal/${PORTAL_ID}/create/${CHANGE_TYPE_ID}`);
  await fillChangeForm(page, answers);
  await createPanel(page)
    .getByTestId('form-status')
    .filter({ hasText: 'All answers are complete' })
    .waitFor();
  await Promise.all([
    page.waitForURL(new RegExp(`/servicedesk/customer/portal/${PORTAL_ID}/CHG-\\d+$`)),
    page.getByRole('button', { name: 'Create' }).click(),
  ]);
  const key = /(CHG-\d+)$/.exec(page.url())?.[1];
  if (key === undefined) throw new Error(`no request key in ${page.url()}`);
  return key;
}
