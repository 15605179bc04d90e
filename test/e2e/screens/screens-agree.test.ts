/**
 * Every part of the page says the same thing after an action, without the person reloading: the issue
 * panel, the issue view's own status, the portal request's status and its "Change approval" module. Acted
 * and read in Chromium through the local host and the real app.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launchChromium, screenshotPath } from '../../support/chromium';
import { PEOPLE, validAnswers, type Person } from '../../integration/app/app-harness';
import {
  ECAB,
  emergencyAnswers,
  startEmergencyHost,
  type EmergencyHost,
  type PanelView,
} from '../../integration/emergency/emergency-harness';

const WAIT = { timeout: 15_000 };

let app: EmergencyHost;
let browser: Browser;

beforeAll(async () => {
  app = await startEmergencyHost();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser.close();
  await app.stop();
});

async function pageAs(person: Person): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
  await context.addCookies([{ name: 'acab_user', value: person.accountId, url: app.host.url }]);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT.timeout);
  return page;
}

async function issueView(person: Person, key: string): Promise<{ page: Page; panel: FrameLocator }> {
  const page = await pageAs(person);
  await page.goto(`${app.host.url}/browse/${key}`);
  const panel = page.frameLocator('iframe[data-module-key="cab-approval-panel"]');
  await panel.getByTestId('approval-panel').waitFor();
  return { page, panel };
}

/** The issue view's own status lozenge (outside the app's frames). */
const hostStatus = (page: Page) => page.locator('[data-acab-part="status"] [data-testid="issue-status"]');

/** Waits until the element reads `wanted`; fails with what it read last. */
async function expectText(locator: { textContent(): Promise<string | null> }, wanted: string) {
  const until = Date.now() + WAIT.timeout;
  let last: string | undefined;
  while (Date.now() < until) {
    last = (await locator.textContent().catch(() => null))?.trim();
    if (last === wanted) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(last).toBe(wanted);
}

describe('screens that agree', () => {
  it('approving in the panel moves the issue view’s status with it', async () => {
    // Given Dana's change, routed to cab-payments, open in Priya's issue view
    const key = await app.raise(PEOPLE.dana, 'Rotate the checkout signing key', validAnswers());
    const { page, panel } = await issueView(PEOPLE.priya, key);
    expect(await hostStatus(page).textContent()).toBe('Awaiting approval');

    // When Priya approves in the panel
    await panel.getByTestId('approve').click();

    // Then the panel, its own status line and the issue view's status all say Approved, without a reload
    await expectText(panel.getByTestId('decision-lozenge'), 'Approved');
    await expectText(hostStatus(page), 'Approved');
    await expectText(panel.getByTestId('issue-status'), 'Status: Approved');
    await page.screenshot({ path: screenshotPath('screens-agree-approved'), fullPage: true });
    await page.context().close();
  });

  it('an open issue view follows someone else’s approval by itself, panel included', async () => {
    // Given Dana's change open in her own issue view
    const key = await app.raise(PEOPLE.dana, 'Renew the checkout TLS certificate', validAnswers());
    const { page, panel } = await issueView(PEOPLE.dana, key);
    await expectText(panel.getByTestId('decision-lozenge'), 'Pending');

    // When Priya approves elsewhere (through the app, as she would in her own panel)
    const priya = (await app.panel(PEOPLE.priya, key)) as { ok: true; value: PanelView };
    const answered = await app.call(PEOPLE.priya, key, 'answerApproval', {
      issueKey: key,
      approvalId: priya.value.viewer.approvalId,
      decision: 'approve',
    });
    expect(answered).toMatchObject({ ok: true, value: { decision: 'approved' } });

    // Then within seconds Dana's page says Approved, in Jira's status and in the panel (JIRA_ISSUE_CHANGED,
    // well before the panel's 30 s refresh)
    await expectText(hostStatus(page), 'Approved');
    await expectText(panel.getByTestId('decision-lozenge'), 'Approved');
    await page.context().close();
  });

  it('after Implement now and the ECAB’s retrospective answers, every view says the same', async () => {
    // Given Dana's emergency, open on her portal page and in Sam's issue view
    const key = await app.raiseEmergency(PEOPLE.dana, 'Revert the alerting change', emergencyAnswers());
    const portal = await pageAs(PEOPLE.dana);
    await portal.goto(`${app.host.url}/servicedesk/customer/portal/1/${key}`);
    const status = portal.frameLocator('iframe[data-module-key="cab-request-status"]');
    await status.getByTestId('request-status').waitFor();
    const portalStatus = portal.getByTestId('portal-request-status');
    expect(await portalStatus.textContent()).toBe('Awaiting emergency approval');
    const { page: sam, panel } = await issueView(PEOPLE.sam, key);
    expect(await hostStatus(sam).textContent()).toBe('Awaiting emergency approval');

    // When Dana implements it now, on the portal
    await status.getByTestId('implement-now-open').click();
    await status
      .getByLabel('Why can this not wait for the emergency approvers?')
      .fill('Alerting is down for every cluster; reverting restores it now.');
    await status.getByTestId('implement-now-submit').click();
    await status.getByTestId('implement-now-confirm-yes').click();

    // Then her portal page says Implementing, in the page's status and in the module
    await expectText(portalStatus, 'Implementing');
    await portal
      .frameLocator('iframe[data-module-key="cab-request-status"]')
      .getByTestId('break-glass')
      .waitFor();

    // And Sam's open issue view follows by itself: Implementing, approval pending, one deadline
    await expectText(hostStatus(sam), 'Implementing');
    await expectText(panel.getByTestId('decision-lozenge'), 'Implemented, approval pending');
    const read = (await app.panel(PEOPLE.sam, key)) as {
      ok: true;
      value: PanelView & { deadline: { at: string } };
    };
    expect(read.value.deadline.at).toBe(read.value.emergency?.breakGlass?.retrospectiveDeadline);
    await sam.screenshot({ path: screenshotPath('screens-agree-implementing'), fullPage: true });

    // When Olivia and Morgan answer, and Sam approves last, in his panel
    const approvalId = (await app.panel(PEOPLE.olivia, key)) as { ok: true; value: PanelView };
    for (const person of [...ECAB.operations, ...ECAB.changeManagers]) {
      const answered = await app.call(person, key, 'answerApproval', {
        issueKey: key,
        approvalId: approvalId.value.viewer.approvalId,
        decision: 'approve',
      });
      expect(answered).toEqual({ ok: true, value: expect.anything() as unknown });
    }
    await panel.getByTestId('approve').click();

    // Then the panel shows the decision: Approved, nobody waited for, no buttons, no countdown
    await expectText(panel.getByTestId('decision-lozenge'), 'Approved');
    await panel.getByTestId('decision-record').waitFor();
    expect(await panel.getByTestId('approve').count()).toBe(0);
    expect(await panel.getByTestId('deadline').count()).toBe(0);
    expect(await panel.getByTestId('group-pending').count()).toBe(0);
    await sam.screenshot({ path: screenshotPath('screens-agree-retrospective'), fullPage: true });

    // And answering again is refused as decided
    const again = await app.call(PEOPLE.elena, key, 'answerApproval', {
      issueKey: key,
      approvalId: approvalId.value.viewer.approvalId,
      decision: 'decline',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_DECIDED' } });
    await portal.context().close();
    await sam.context().close();
  });
});
