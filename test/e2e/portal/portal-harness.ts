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
  noah: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000010', email: 'noah.brooks@asynccab.example' },
  riley: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000011', email: 'riley.quinn@vendor.example' },
  morgan: {
    accountId: '712020:5e0c1d2a-0000-4000-8000-000000000008',
    email: 'morgan.blake@asynccab.example',
  },
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

/** A CAB field's edit (or view) experience on a page, by its manifest module key. */
export const fieldFrame = (
  page: Page,
  moduleKey: string,
  entryPoint: 'edit' | 'view' = 'edit',
): FrameLocator =>
  page.frameLocator(`iframe[data-module-key="${moduleKey}"][data-entry-point="${entryPoint}"]`);

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

/**
 * Fills JSM's Summary and every CAB question the way a person would, by label, each in its field's own
 * edit experience (one frame per field, as Jira lays out a request form).
 */
export async function fillChangeForm(page: Page, answers: ChangeAnswers): Promise<void> {
  await page.getByLabel('Summary').fill(answers.summary);
  const systems = fieldFrame(page, 'cab-affected-systems');
  for (const system of answers.systems)
    await systems.getByRole('checkbox', { name: new RegExp(system) }).check();
  if (answers.changeType !== undefined)
    await fieldFrame(page, 'cab-change-type').getByRole('radio', { name: answers.changeType }).check();
  await fieldFrame(page, 'cab-risk').getByRole('radio', { name: answers.risk, exact: true }).check();
  const window = fieldFrame(page, 'cab-change-window');
  if (answers.timeZone !== undefined) await window.getByLabel('Time zone').selectOption(answers.timeZone);
  await window.getByLabel('Start date').fill(answers.start.date);
  await window.getByLabel('Start time').fill(answers.start.time);
  await window.getByLabel('End date').fill(answers.end.date);
  await window.getByLabel('End time').fill(answers.end.time);
  await window.getByLabel('End time').blur();
  const testing = fieldFrame(page, 'cab-test-evidence');
  await testing.getByRole('radio', { name: 'Yes' }).check();
  await testing.getByLabel('Link to the test evidence').fill(answers.evidenceUrl);
  await testing.getByLabel('Link to the test evidence').blur();
  const consequence = fieldFrame(page, 'cab-consequence').getByLabel('Consequence of not releasing now');
  await consequence.fill(answers.consequence);
  await consequence.blur();
  const rollback = fieldFrame(page, 'cab-rollback-plan').getByLabel('Rollback plan');
  await rollback.fill(answers.rollback);
  await rollback.blur();
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
  await Promise.all([
    page.waitForURL(new RegExp(`/servicedesk/customer/portal/${PORTAL_ID}/CHG-\\d+$`)),
    page.getByRole('button', { name: 'Create' }).click(),
  ]);
  const key = /(CHG-\d+)$/.exec(page.url())?.[1];
  if (key === undefined) throw new Error(`no request key in ${page.url()}`);
  return key;
}
