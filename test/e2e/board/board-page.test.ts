/**
 * The Async CAB page and its dashboard gadget in Chromium against the real app in the local host: an
 * approver finds what waits for them and reaches the approval panel in one click; a requester has
 * nothing waiting; the gadget counts what waits and leads to the page. Screenshots go to /tmp/board-shots/.
 */
import type { FrameLocator, Page } from 'playwright-core';

import type { LocalHost } from '../../../local/host/create-local-host';
import {
  boardPagePath,
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
const GADGET = 'iframe[data-module-key="cab-board-gadget"]';
const PANEL = 'iframe[data-module-key="cab-approval-panel"]';

// Demo identities (docs/demo-site.md).
const DANA = '712020:5e0c1d2a-0000-4000-8000-000000000001';
const PRIYA = '712020:5e0c1d2a-0000-4000-8000-000000000006';
const MORGAN = '712020:5e0c1d2a-0000-4000-8000-000000000008';

let e2e: E2eHost;
let host: LocalHost;
let page: Page;
let boardPath: string;

function answers(systems: string[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    affectedSystems: systems,
    changeType: 'normal',
    risk: 'medium',
    plannedWindow: { start: '2026-12-03T13:00:00Z', end: '2026-12-03T14:00:00Z', timeZone: 'Europe/London' },
    testing: { tested: true, evidenceUrl: 'https://ci.acme.example/runs/4711' },
    consequenceOfNotReleasing: 'Card payments keep timing out for 2% of customers.',
    rollbackPlan: 'Redeploy the previous image with the deploy pipeline.',
    ...overrides,
  };
}

const raise = (accountId: string, summary: string, fields: Record<string, unknown>) =>
  raiseChangeRequest(host, accountId, summary, fields);

async function openAs(accountId: string, path: string, theme: 'light' | 'dark' = 'light'): Promise<Page> {
  page = await newPageAs(e2e, accountId);
  await page.goto(`${host.url}${path}${path.includes('?') ? '&' : '?'}theme=${theme}`);
  return page;
}

const board = (): FrameLocator => page.frameLocator(BOARD);
const shot = (name: string) => screenshot(page, name, SHOTS);

let checkout: string;
let payments: string;

beforeAll(async () => {
  // Tuesday 09:00 in London: inside business hours, so the clocks count working time.
  e2e = await startE2eHost('board-e2e');
  ({ host } = e2e);
  boardPath = await boardPagePath(host);
  checkout = await raise(DANA, 'Tune the checkout cache for Black Friday', answers(['checkout-web']));
  payments = await raise(
    DANA,
    'Rotate the payments API signing keys',
    answers(['payments-api'], { risk: 'high' }),
  );
  await raise(DANA, 'Upgrade the ingress controller to 1.12', answers(['k8s-platform'], { risk: 'low' }));
  await raise(
    DANA,
    'Renew the checkout TLS certificate',
    answers(['checkout-web'], { changeType: 'standard', risk: 'low' }),
  );
}, 120_000);

afterAll(() => stopE2eHost(e2e));

afterEach(async () => {
  await page.context().close();
});

describe('the Async CAB page', () => {
  it('shows Priya (cab-payments) what waits for her and takes her to the approval panel in one click', async () => {
    await openAs(PRIYA, boardPath);
    const ui = board();
    await ui.getByTestId('waiting-list').waitFor(WAIT);
    const items = ui.getByTestId('waiting-item');
    const keys = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-issue-key')));
    expect(keys).toEqual(expect.arrayContaining([checkout, payments]));
    const first = ui.locator(`[data-issue-key="${payments}"]`);
    expect(await first.textContent()).toContain('Approve or decline as cab-payments');
    expect(await first.getByTestId('change-facts').textContent()).toBe(
      'Payments API · Normal change · High risk',
    );
    expect(await first.getByTestId('deadline').textContent()).toMatch(
      // The viewer's zone, named, in their locale (the demo users' en-US): "due Fri, Dec 4, 9:00 AM GMT".
      /working days? left\s*due \w{3}, \w{3} \d{1,2}, \d{1,2}:\d{2} [AP]M GMT$/,
    );
    expect(await ui.getByTestId('tab-waiting').textContent()).toContain(String(keys.length));
    await shot('page-waiting-for-me-priya');

    // When she clicks the change, the issue view opens with its approval panel, where she can answer
    await first.getByTestId('change-link').click();
    await page.waitForURL(`**/browse/${payments}`, WAIT);
    const panel = page.frameLocator(PANEL);
    await panel.getByTestId('approval-panel').waitFor(WAIT);
    await panel.getByTestId('approve').waitFor(WAIT);
    await shot('page-click-through-issue-panel');
  });

  it('has nothing waiting for Dana, who raised them, and lists her open changes with filters', async () => {
    await openAs(DANA, boardPath);
    const ui = board();
    await ui.getByTestId('waiting-empty').waitFor(WAIT);
    expect(await ui.getByTestId('waiting-empty').textContent()).toContain('Nothing is waiting for you');
    await shot('page-waiting-for-me-requester');

    await ui.getByTestId('tab-open').click();
    await ui.getByTestId('open-changes').waitFor(WAIT);
    expect(await ui.getByTestId('open-change').count()).toBe(4);
    await shot('page-open-changes-requester');
  });

  it('lets a change manager filter the open changes and shows the JQL', async () => {
    await openAs(MORGAN, boardPath);
    const ui = board();
    await ui.getByTestId('tab-open').click();
    await ui.getByTestId('open-changes').waitFor(WAIT);
    await ui.getByLabel('Status').selectOption('awaiting-approval');
    await ui.getByLabel('System').selectOption('checkout-web');
    await ui.getByTestId('jql-text').waitFor(WAIT);
    expect(await ui.getByTestId('jql-text').textContent()).toContain('"Affected systems" = "checkout-web"');
    await ui.getByTestId('open-count').filter({ hasText: 'match the filters' }).waitFor(WAIT);
    expect(await ui.getByTestId('open-change').count()).toBe(2);
    await shot('page-open-changes-filtered');
  });

  it('reads the same in the dark theme', async () => {
    await openAs(MORGAN, boardPath, 'dark');
    const ui = board();
    await ui.getByTestId('waiting-list').waitFor(WAIT);
    await shot('page-waiting-for-me-dark');
    await ui.getByTestId('tab-open').click();
    await ui.getByTestId('open-changes').waitFor(WAIT);
    await shot('page-open-changes-dark');
  });
});

describe('the dashboard gadget', () => {
  it('counts what waits for Priya, lists the first five and leads to the page', async () => {
    await openAs(PRIYA, '/jira/dashboards/local');
    const ui = page.frameLocator(GADGET);
    await ui.getByTestId('board-gadget').waitFor(WAIT);
    const count = await ui.getByTestId('gadget-waiting-count').textContent();
    expect(count).toMatch(/^3\s*waiting for you$/);
    expect(await ui.getByTestId('gadget-overdue-count').textContent()).toMatch(/^0\s*overdue in the team$/);
    expect(await ui.getByTestId('gadget-item').count()).toBe(3);
    await shot('gadget-priya');

    await ui.getByTestId('open-board').click();
    await page.waitForURL(`**${boardPath}`, WAIT);
    await board().getByTestId('waiting-list').waitFor(WAIT);
  });

  it('tells Dana nothing waits for her', async () => {
    await openAs(DANA, '/jira/dashboards/local', 'dark');
    const ui = page.frameLocator(GADGET);
    await ui.getByTestId('gadget-nothing').waitFor(WAIT);
    expect(await ui.getByTestId('gadget-waiting-count').textContent()).toMatch(/^0/);
    await shot('gadget-requester-dark');
  });
});

describe('when deadlines pass', () => {
  it('puts overdue change requests first and the gadget counts them for the team', async () => {
    // Given a change whose CAB answers are incomplete, and the clock past Thursday's deadlines in London
    const incomplete = answers(['observability']);
    delete incomplete['rollbackPlan'];
    await raise(DANA, 'Move the metrics retention to 30 days', incomplete);
    await host.clock.advance((Date.parse('2026-12-04T10:00:00Z') - host.clock.now().getTime()) / 60_000);
    await host.settle();

    // When Morgan (change manager) opens All open changes
    await openAs(MORGAN, boardPath);
    const ui = board();
    await ui.getByTestId('tab-open').click();
    await ui.getByTestId('open-changes').waitFor(WAIT);

    // Then the overdue ones lead, flagged, with how late they are
    const first = ui.getByTestId('open-change').first();
    expect(await first.getByTestId('flags').textContent()).toContain('Overdue');
    expect(await first.getByTestId('deadline').textContent()).toMatch(/^Overdue/);
    const waiting = ui.locator('[data-testid="open-change"]', {
      hasText: 'Move the metrics retention to 30 days',
    });
    expect(await waiting.textContent()).toContain('Missing or invalid: Rollback plan.');
    await shot('page-open-changes-overdue');
    await page.context().close();

    // And his gadget counts them
    await openAs(MORGAN, '/jira/dashboards/local');
    const gadget = page.frameLocator(GADGET);
    await gadget.getByTestId('board-gadget').waitFor(WAIT);
    expect(await gadget.getByTestId('gadget-overdue-count').textContent()).not.toMatch(/^0/);
    await shot('gadget-overdue');
  });
});
