/**
 * The Async CAB page after real decisions, in Chromium against the real app in the local host: approvers
 * answer through JSM's approval API, the app publishes each decision, and the page's Figures tab counts them
 * (from the rollups the publisher keeps) while the Calendar shows the planned windows, a clash on one system
 * marked, and the approver sees the clash in the issue panel before deciding. Screenshots go to
 * /tmp/board-shots/.
 */
import type { Page } from 'playwright-core';
import { z } from 'zod';

import type { LocalHost } from '../../../local/host/create-local-host';
import {
  boardPagePath,
  jiraAs,
  newPageAs,
  raiseChangeRequest,
  screenshot,
  startE2eHost,
  stopE2eHost,
  type E2eHost,
} from '../../support/e2e-host';

const SHOTS = '/tmp/board-shots';
const WAIT = { timeout: 15_000 };
const BOARD = 'iframe[data-module-key="cab-board"]';
const DANA = '712020:5e0c1d2a-0000-4000-8000-000000000001';
const PRIYA = '712020:5e0c1d2a-0000-4000-8000-000000000006';
const MORGAN = '712020:5e0c1d2a-0000-4000-8000-000000000008';

let e2e: E2eHost;
let host: LocalHost;
let page: Page;

const window = (start: string, end: string) => ({ start, end, timeZone: 'Europe/London' });

const call = (accountId: string, method: string, path: string, body?: unknown) =>
  jiraAs(host, accountId, method, path, body);

function raise(summary: string, plannedWindow: ReturnType<typeof window>): Promise<string> {
  return raiseChangeRequest(host, DANA, summary, {
    affectedSystems: ['checkout-web'],
    changeType: 'normal',
    risk: 'medium',
    plannedWindow,
    testing: { tested: true, evidenceUrl: 'https://ci.acme.example/runs/4711' },
    consequenceOfNotReleasing: 'Card payments keep timing out for 2% of customers.',
    rollbackPlan: 'Redeploy the previous image with the deploy pipeline.',
  });
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

const shot = (name: string) => screenshot(page, name, SHOTS);

let approved: string;
let clashing: string;

beforeAll(async () => {
  e2e = await startE2eHost('board-decided');
  ({ host } = e2e);
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

afterAll(() => stopE2eHost(e2e));

async function openBoard(accountId: string): Promise<void> {
  page = await newPageAs(e2e, accountId, { width: 1280, height: 1000 });
  await page.goto(`${host.url}${await boardPagePath(host)}`);
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

  it('shows the approver the clash in the issue panel before they decide', async () => {
    page = await newPageAs(e2e, PRIYA, { width: 1280, height: 1000 });
    await page.goto(`${host.url}/browse/${clashing}`);
    const panel = page.frameLocator('iframe[data-module-key="cab-approval-panel"]');
    const conflict = panel.getByTestId('window-conflict');
    await conflict.waitFor(WAIT);
    expect(await conflict.textContent()).toMatch(
      new RegExp(
        `^Clashes with ${approved} Tune the checkout cache, planned on Checkout web at an overlapping time \\(.+ GMT\\)\\.$`,
      ),
    );
    await panel.getByTestId('approve').waitFor(WAIT);
    await shot('panel-window-conflict');
  });
});
