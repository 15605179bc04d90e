/**
 * The approval panel against the real app in the local host: CRs are raised as JSM's portal raises them
 * (a request with its CAB answers as request-type fields), then approvers answer in the panel in Chromium,
 * as themselves.
 */
import type { FrameLocator, Page } from 'playwright-core';

import type { LocalHost } from '../../../local/host/create-local-host';
import {
  newPageAs,
  raiseChangeRequest,
  screenshot,
  startE2eHost,
  stopE2eHost,
  type E2eHost,
} from '../../support/e2e-host';

const WAIT = { timeout: 15_000 };
const PANEL = 'iframe[data-module-key="cab-approval-panel"]';

// Demo identities (docs/demo-site.md).
const DANA = '712020:5e0c1d2a-0000-4000-8000-000000000001';
const DEV = '712020:5e0c1d2a-0000-4000-8000-000000000002';
const SAM = '712020:5e0c1d2a-0000-4000-8000-000000000003';
const ELENA = '712020:5e0c1d2a-0000-4000-8000-000000000004';
const PRIYA = '712020:5e0c1d2a-0000-4000-8000-000000000006';
const OLIVIA = '712020:5e0c1d2a-0000-4000-8000-000000000005';

let e2e: E2eHost;
let host: LocalHost;
let page: Page;

beforeAll(async () => {
  // Tuesday 09:00 in London: inside business hours, so the clock counts working time.
  e2e = await startE2eHost('panel-flow');
  ({ host } = e2e);
}, 120_000);

afterAll(() => stopE2eHost(e2e));

afterEach(async () => {
  await page.context().close();
});

/** The CAB answers of a tested, low-risk normal change, in the request form's shape. */
function answers(systems: string[]): Record<string, unknown> {
  return {
    affectedSystems: systems,
    changeType: 'normal',
    risk: 'low',
    plannedWindow: { start: '2026-12-02T13:00:00Z', end: '2026-12-02T14:00:00Z', timeZone: 'Europe/London' },
    testing: { tested: true, evidenceUrl: 'https://ci.acme.example/runs/4711' },
    consequenceOfNotReleasing: 'The vendor ends support for 4.1 on 15 December.',
    rollbackPlan: 'Redeploy the previous image with the deploy pipeline.',
  };
}

/** Raises a CR as `accountId` the way the portal's Create button does, and lets routing run. */
function raise(accountId: string, summary: string, systems: string[]): Promise<string> {
  return raiseChangeRequest(host, accountId, summary, answers(systems));
}

/** Opens the issue as `accountId` (the host's "Acting as" cookie) and returns the panel. */
async function openAs(accountId: string, issueKey: string): Promise<FrameLocator> {
  page = await newPageAs(e2e, accountId, { width: 1280, height: 1600 });
  await page.goto(`${host.url}/browse/${issueKey}`);
  const ui = page.frameLocator(PANEL);
  await ui.getByTestId('approval-panel').waitFor(WAIT);
  return ui;
}

async function approveAs(accountId: string, issueKey: string, comment: string): Promise<FrameLocator> {
  const ui = await openAs(accountId, issueKey);
  await ui.getByLabel('Comment (optional)').fill(comment);
  await ui.getByTestId('approve').click();
  await page.locator('#acab-flags').getByText(`You approved ${issueKey}`).waitFor(WAIT);
  return ui;
}

describe('approving a change in the issue panel', () => {
  it('two approvers from different groups approve; the change is approved with a decision record', async () => {
    // Given Dana raised a change to the Payments API (cab-payments and cab-security approve it)
    const issueKey = await raise(DANA, 'Upgrade the card tokenisation library to 4.2', ['payments-api']);

    // When Dana opens it, she sees the pending state and why she cannot approve, without buttons
    let ui = await openAs(DANA, issueKey);
    expect(await ui.getByTestId('decision-lozenge').textContent()).toBe('Pending');
    expect(await ui.getByTestId('approval-group').count()).toBe(2);
    expect(await ui.getByTestId('approve').count()).toBe(0);
    expect(await ui.getByTestId('viewer-reason').textContent()).not.toBe('');
    expect(await ui.getByTestId('deadline').textContent()).toContain('left');
    await screenshot(page, 'issue-panel-flow-requester');
    await page.context().close();

    // When Priya approves for cab-payments
    ui = await approveAs(PRIYA, issueKey, 'Library diff reviewed.');
    // Then her group shows as satisfied and the change still waits for cab-security
    const payments = ui.getByTestId('approval-group').filter({ hasText: 'cab-payments' });
    await payments.getByRole('img', { name: 'Enough approvals' }).waitFor(WAIT);
    expect(await payments.getByTestId('group-approved').textContent()).toContain('Priya Nair');
    expect(await ui.getByTestId('decision-lozenge').textContent()).toBe('Pending');
    await screenshot(page, 'issue-panel-flow-first-approval');
    await page.context().close();

    // When Sam approves for cab-security
    ui = await approveAs(SAM, issueKey, 'Fine from security.');
    await host.settle();

    // Then the change is approved and the panel shows the decision record
    const record = ui.getByTestId('decision-record');
    await record.waitFor(WAIT);
    expect(await ui.getByTestId('decision-lozenge').textContent()).toBe('Approved');
    // The record as the comment reads, formatted: its heading, and who decided what in a table
    await record.getByRole('heading', { name: `Change ${issueKey} approved` }).waitFor(WAIT);
    expect(await record.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    await screenshot(page, 'issue-panel-flow-approved');
  });

  it('an approver declines with a comment; the change is declined with a decision record', async () => {
    const issueKey = await raise(DANA, 'Rotate the observability ingest token', ['observability']);

    const ui = await openAs(OLIVIA, issueKey);
    await ui.getByTestId('decline').click();
    await ui.getByTestId('decline-confirmation').waitFor(WAIT);
    await ui.getByLabel('Comment (optional)').fill('Rotate after the Black Friday freeze ends.');
    await ui.getByTestId('confirm-decline').click();
    await page.locator('#acab-flags').getByText(`You declined ${issueKey}`).waitFor(WAIT);

    const record = ui.getByTestId('decision-record');
    await record.waitFor(WAIT);
    expect(await ui.getByTestId('decision-lozenge').textContent()).toBe('Declined');
    await record.getByRole('heading', { name: `Change ${issueKey} declined` }).waitFor(WAIT);
    await screenshot(page, 'issue-panel-flow-declined');
  });

  it('a requester who is also an approver cannot approve their own change', async () => {
    // Given Dev (developers, cab-platform) raised a change to the developer portal, which cab-platform approves
    const issueKey = await raise(DEV, 'Move the developer portal to the new CDN', ['dev-portal']);

    // When Dev opens it, the panel explains why there are no buttons
    const ui = await openAs(DEV, issueKey);
    expect(await ui.getByTestId('approve').count()).toBe(0);
    expect(await ui.getByTestId('viewer-reason').textContent()).toMatch(/raised this change/i);
    await screenshot(page, 'issue-panel-flow-self-approval');
  });

  it('someone outside the approver groups sees the state without buttons', async () => {
    const issueKey = await raise(DANA, 'Bump the checkout web build image', ['checkout-web']);
    const ui = await openAs(ELENA, issueKey);
    expect(await ui.getByTestId('approval-group').count()).toBeGreaterThan(0);
    expect(await ui.getByTestId('approve').count()).toBe(0);
    expect(await ui.getByTestId('viewer-reason').textContent()).not.toBe('');
  });
});
