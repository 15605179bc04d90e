/**
 * The Async CAB page after real decisions, in Chromium against the real app in the local host: approvers
 * answer through JSM's approval API, the app publishes each decision, and the page's Figures tab counts them
 * (from the rollups the publisher keeps) while the Calendar shows the planned windows, a clash on one system
 * marked. Screenshots go to /tmp/board-shots/.
 */
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { z } from 'zod';

import { startLocalHost, type LocalHost } from '../../../local/host/create-local-host';
import { cabFieldValues, fetchCabFieldIds } from '../../support/cab-request-fields';
import { launchChromium } from '../../support/chromium';

const SHOTS = '/tmp/board-shots';
const WAIT = { timeout: 15_000 };
const BOARD = 'iframe[data-module-key="cab-board"]';
const DANA = '712020:5e0c1d2a-0000-4000-8000-000000000001';
const PRIYA = '712020:5e0c1d2a-0000-4000-8000-000000000006';
const MORGAN = '712020:5e0c1d2a-0000-4000-8000-000000000008';

let host: LocalHost;
let dataDir: string;
let browser: Browser;
let page: Page;

const window = (start: string, end: string) => ({ start, end, timeZone: 'Europe/London' });

async function call(accountId: string, method: string, path: string, body?: unknown) {
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

async function raise(summary: string, plannedWindow: ReturnType<typeof window>): Promise<string> {
  const admin = `Basic ${Buffer.from('alex.admin@asynccab.example:x').toString('base64')}`;
  const ids = await fetchCabFieldIds(host.url, admin);
  const fields = {
    affectedSystems: ['checkout-web'],
    changeType: 'normal',
    risk: 'medium',
    plannedWindow,
    testing: { tested: true, evidenceUrl: 'https://ci.acme.example/runs/4711' },
    consequenceOfNotReleasing: 'Card payments keep timing out for 2% of customers.',
    rollbackPlan: 'Redeploy the previous image with the deploy pipeline.',
  };
  const created = await call(DANA, 'POST', '/rest/servicedeskapi/request', {
    serviceDeskId: '1',
    requestTypeId: '10',
    requestFieldValues: { summary, ...cabFieldValues(fields, ids) },
  });
  if (created.status !== 201) throw new Error(`raise failed: ${String(created.status)}`);
  await host.settle();
  return z.object({ issueKey: z.string() }).parse(created.body).issueKey;
}

/** Priya answers JSM's open approval of `issueKey`, as JSM's own buttons would. */
async function answer(issueKey: string, decision: 'approve' | 'decline'): Promise<void> {
  const approvals = z
    .object({ values: z.array(z.object({ id: z.string(), finalDecision: z.string() })) })
    .parse((await call(PRIYA, 'GET', `/rest/servicedeskapi/request/${issueKey}/approval`)).body);
  const open = approvals.values.find((approval) => approval.finalDecision === 'pending');
  if (open === undefined) throw new Error(`no open approval on ${issueKey}`);
  const answered = await call(PRIYA, 'POST', `/rest/servicedeskapi/request/${issueKey}/approval/${open.id}`, {
    decision,
  });
  if (answered.status !== 200) throw new Error(`answer failed: ${String(answered.status)}`);
  await host.settle();
}

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

let approved: string;
let clashing: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dataDir = await mkdtemp(join(tmpdir(), 'acab-board-decided-'));
  host = await startLocalHost({ port: 0, dataDir, reset: true, startAt: new Date('2026-12-01T09:00:00Z') });
  browser = await launchChromium();
  approved = await raise('Tune the checkout cache', window('2026-12-08T10:00:00Z', '2026-12-08T11:00:00Z'));
  const declined = await raise(
    'Swap the checkout CDN',
    window('2026-12-09T10:00:00Z', '2026-12-09T11:00:00Z'),
  );
  clashing = await raise('Resize the checkout pods', window('2026-12-08T10:30:00Z', '2026-12-08T12:00:00Z'));
  await host.clock.advance(90);
  await answer(approved, 'approve');
  await answer(declined, 'decline');
}, 120_000);

afterAll(async () => {
  await browser.close();
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function openBoard(accountId: string): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.context().addCookies([{ name: 'acab_user', value: accountId, url: host.url }]);
  const index = await (await fetch(`${host.url}/_local/ui`)).text();
  const boardPath = /href="(\/jira\/apps\/[^"]+)"/.exec(index)?.[1] ?? '';
  await page.goto(`${host.url}${boardPath}`);
}

describe('the Async CAB page after decisions', () => {
  afterEach(async () => {
    await page.context().close();
  });

  it('counts the decisions in its figures', async () => {
    await openBoard(MORGAN);
    const ui = page.frameLocator(BOARD);
    await ui.getByTestId('tab-figures').click();
    await ui.getByTestId('figures-headline').waitFor(WAIT);
    const decided = ui.getByTestId('figure-decided');
    await decided.filter({ hasText: '1 approved, 1 declined' }).waitFor(WAIT);
    expect(await decided.textContent()).toContain('2');
    expect(await ui.getByTestId('figure-decision').textContent()).toMatch(/\d+ ?(min|h|hours?|minutes?)/);
    await shot('page-figures-after-decisions');
  });

  it('shows the planned windows on the calendar with the clash on Checkout web marked', async () => {
    await openBoard(MORGAN);
    const ui = page.frameLocator(BOARD);
    await ui.getByTestId('tab-calendar').click();
    await ui.getByTestId('change-calendar').waitFor(WAIT);
    const changes = ui.getByTestId('calendar-change');
    await changes.first().waitFor(WAIT);
    const text = await ui.getByTestId('calendar-row-checkout-web').textContent();
    expect(text).toContain(clashing);
    expect(await ui.getByTestId('calendar-change-marks').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/conflict|clash|overlap/i)]),
    );
    await shot('page-calendar-conflict');
  });
});
