/**
 * The whole story end to end in Chromium, through the local host and the real app: a developer raises a CR
 * on the portal; it is routed to two approver groups; the approvers from different groups approve in the
 * issue panel; the CR ends Approved with its decision record; the email outbox and the chat sink show the
 * notifications. Screenshots go to test-results/screenshots/story-*.png.
 */
import type { FrameLocator } from 'playwright-core';
import { screenshotPath } from '../support/chromium';
import {
  DEMO,
  PAYMENTS_CHANGE,
  raiseChange,
  startPortalHarness,
  statusPanel,
  type DemoUser,
  type PortalHarness,
} from './portal/portal-harness';

const WAIT = { timeout: 20_000 };

describe('raise on the portal, route, approve in the issue panel', () => {
  let harness: PortalHarness;
  beforeAll(async () => {
    harness = await startPortalHarness();
  }, 60_000);
  afterAll(async () => {
    await harness.close();
  });

  async function approveInIssuePanel(
    user: DemoUser,
    key: string,
    comment: string,
    shot: string,
  ): Promise<FrameLocator> {
    const page = await harness.pageAs(user);
    await page.goto(`${harness.host.url}/browse/${key}`);
    const panel = page.frameLocator('iframe[data-module-key="cab-approval-panel"]');
    await panel.getByTestId('approval-panel').waitFor(WAIT);
    await panel.getByLabel('Comment (optional)').fill(comment);
    await panel.getByTestId('approve').click();
    await panel.getByTestId('approve').waitFor({ state: 'detached', ...WAIT });
    await page.screenshot({ path: screenshotPath(shot), fullPage: true });
    return panel;
  }

  it('takes a change from the portal to Approved with a decision record and notifications', async () => {
    const dana = await harness.pageAs(DEMO.dana);
    const key = await raiseChange(dana, harness.host.url, PAYMENTS_CHANGE);
    const status = statusPanel(dana);
    await status.getByText('cab-payments').first().waitFor(WAIT);
    await status.getByText('cab-security').first().waitFor(WAIT);
    await dana.screenshot({ path: screenshotPath('story-1-portal-request'), fullPage: true });

    await approveInIssuePanel(
      DEMO.priya,
      key,
      'Key rotation rehearsed in staging.',
      'story-2-first-approval',
    );
    const last = await approveInIssuePanel(DEMO.sam, key, 'Vault audit trail checked.', 'story-3-approved');
    await last.getByTestId('decision-record').waitFor(WAIT);
    expect(await last.getByTestId('decision-lozenge').textContent()).toBe('Approved');
    expect(await last.getByTestId('decision-record').textContent()).toContain('2 approvals, 0 declines');

    const outbox = await harness.pageAs(DEMO.alex);
    await outbox.goto(`${harness.host.url}/_local/pages/outbox`);
    expect(await outbox.locator('table').textContent()).toContain(key);
    // The requester's email, the newest, reads as formatted text: the outcome, then the decision record's table
    const told = outbox.locator('iframe.mail').first().contentFrame();
    await told.getByRole('heading', { name: `${key} approved`, exact: true }).waitFor(WAIT);
    expect(await told.locator('table th').first().textContent()).toBeTruthy();
    expect(await told.locator('body').textContent()).not.toContain('----');
    await outbox.screenshot({ path: screenshotPath('story-4-email-outbox'), fullPage: true });
    await outbox.goto(`${harness.host.url}/_local/pages/chat`);
    const chat = (await outbox.locator('table').textContent()) ?? '';
    expect(chat).toContain(`${key} needs approval`);
    expect(chat).toContain(`${key} was approved`);
    await outbox.screenshot({ path: screenshotPath('story-5-chat'), fullPage: true });

    await dana.reload();
    await statusPanel(dana)
      .getByText(/approved/i)
      .first()
      .waitFor(WAIT);
    await dana.screenshot({ path: screenshotPath('story-6-portal-approved'), fullPage: true });
  }, 120_000);
});
