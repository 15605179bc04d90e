/**
 * What the Chromium end-to-end tests share: the real app in a fresh local host with a Chromium to drive it,
 * pages opened as a demo user (the host's `acab_user` "Acting as" cookie), Jira REST calls as a user through
 * the host's Jira, change requests raised the way the portal's Create button raises them, and screenshots.
 */
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, FrameLocator, Page } from 'playwright-core';
import { z } from 'zod';

import { startLocalHost, type LocalHost } from '../../local/host/create-local-host';
import { invokeThroughBridge } from '../../local/tools/bridge-call';
import { cabFieldValues, fetchCabFieldIds } from '../../local/tools/cab-request-fields';
import { launchChromium, SCREENSHOTS_DIR } from './chromium';

/** Tuesday 1 December 2026, 09:00 in London: inside business hours, so the clocks count working time. */
export const E2E_START_AT = new Date('2026-12-01T09:00:00Z');

export interface E2eHost {
  host: LocalHost;
  browser: Browser;
  dataDir: string;
}

/** A fresh local host (its own data directory, reset, its clock at `startAt`) and Chromium. */
export async function startE2eHost(name: string, startAt: Date = E2E_START_AT): Promise<E2eHost> {
  const dataDir = await mkdtemp(join(tmpdir(), `acab-${name}-`));
  const host = await startLocalHost({ port: 0, dataDir, reset: true, startAt });
  const browser = await launchChromium();
  return { host, browser, dataDir };
}

export async function stopE2eHost({ host, browser, dataDir }: E2eHost): Promise<void> {
  await browser.close();
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
}

/** A new page (in its own browser context) acting as `accountId`, not yet navigated. */
export async function newPageAs(
  { host, browser }: E2eHost,
  accountId: string,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.context().addCookies([{ name: 'acab_user', value: accountId, url: host.url }]);
  return page;
}

/** The path of the Async CAB page, as the local host's index links it. */
export async function boardPagePath(host: LocalHost): Promise<string> {
  const index = await (await fetch(`${host.url}/_local/ui`)).text();
  return /href="(\/jira\/apps\/[^"]+)"/.exec(index)?.[1] ?? '';
}

/**
 * The Async CAB page's Rules tab as `accountId`, once its policy editor shows: the policy editor for
 * everyone signed in (Jira's admin page is for Jira admins only).
 */
export async function openRulesTab(
  e2e: E2eHost,
  accountId: string,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<{ page: Page; ui: FrameLocator }> {
  const page = await newPageAs(e2e, accountId, viewport);
  await page.goto(`${e2e.host.url}${await boardPagePath(e2e.host)}`);
  const ui = page.frameLocator('iframe[data-module-key="cab-board"]');
  await ui.getByRole('tab', { name: 'Rules' }).click();
  await ui.getByRole('tab', { name: 'Systems' }).waitFor({ timeout: 15_000 });
  return { page, ui };
}

/** A JSON call to the host's Jira as `accountId`; an empty body reads as `null`. */
export async function jiraAs(
  host: LocalHost,
  accountId: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await host.jira.handle(
    {
      method,
      path,
      query: new URLSearchParams(),
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? '' : JSON.stringify(body),
    },
    { kind: 'user', accountId },
  );
  return {
    status: response.status,
    body: response.body === '' ? null : (JSON.parse(response.body) as unknown),
  };
}

/**
 * Raises a CR as `accountId` the way the portal's Create button does (a request with its CAB answers, in
 * the request form's shape, as request-type fields), lets routing run and returns its issue key.
 */
export async function raiseChangeRequest(
  host: LocalHost,
  accountId: string,
  summary: string,
  answers: Record<string, unknown>,
): Promise<string> {
  const admin = `Basic ${Buffer.from('alex.admin@asynccab.example:x').toString('base64')}`;
  const ids = await fetchCabFieldIds(host.url, admin);
  const created = await jiraAs(host, accountId, 'POST', '/rest/servicedeskapi/request', {
    serviceDeskId: '1',
    requestTypeId: '10',
    requestFieldValues: { summary, ...cabFieldValues(answers, ids) },
  });
  if (created.status !== 201) {
    throw new Error(`raise failed: ${String(created.status)} ${JSON.stringify(created.body)}`);
  }
  await host.settle();
  return z.object({ issueKey: z.string() }).parse(created.body).issueKey;
}

/**
 * Calls a resolver key as `accountId` the way the Async CAB page's frame does (the host's bridge), for a
 * test's set-up through the app itself, e.g. saving the policy as a Jira admin. Answers the envelope.
 */
export async function invokeAs(
  host: LocalHost,
  accountId: string,
  functionKey: string,
  payload: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } | undefined }> {
  const result = await invokeThroughBridge(
    { baseUrl: host.url, accountId, pagePath: await boardPagePath(host), moduleKey: 'cab-board' },
    functionKey,
    payload,
  );
  return z
    .object({
      ok: z.boolean(),
      value: z.unknown().optional(),
      error: z.object({ code: z.string(), message: z.string() }).optional(),
    })
    .parse(result);
}

/** A full-page screenshot of `page` as `<dir>/<name>.png`. */
export async function screenshot(page: Page, name: string, dir: string = SCREENSHOTS_DIR): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
