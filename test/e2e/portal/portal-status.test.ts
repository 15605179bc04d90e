import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  DEMO,
  PAYMENTS_CHANGE,
  PORTAL_ID,
  raiseChange,
  SCREENSHOTS,
  startPortalHarness,
  statusPanel,
  type DemoUser,
  type PortalHarness,
} from './portal-harness';

let harness: PortalHarness;
let issueKey: string;

beforeAll(async () => {
  harness = await startPortalHarness();
  const page = await harness.pageAs(DEMO.dana);
  issueKey = await raiseChange(page, harness.host.url, PAYMENTS_CHANGE);
  await page.context().close();
}, 120_000);

afterAll(async () => {
  await harness.close();
});

async function openRequest(user: DemoUser, width = 1280): Promise<Page> {
  const page = await harness.pageAs(user, width);
  await page.goto(`${harness.host.url}/servicedesk/customer/portal/${PORTAL_ID}/${issueKey}`);
  await statusPanel(page).getByTestId('approver-groups').waitFor();
  return page;
}

describe('portal request status (cab-request-status)', () => {
  it('shows the requester the status, who is pending per group and the deadline, without answer buttons', async () => {
    // Given Dana, who raised the change
    // When she opens her request on the portal
    const page = await openRequest(DEMO.dana, 800);
    const status = statusPanel(page);

    // Then she sees it waiting, each group with the people still to answer, and the deadline
    expect(await status.getByTestId('group-cab-security').textContent()).toMatch(
      /cab-security: 0 of 1 approval.*pending: .*Sam Rivera/,
    );
    expect(await status.getByTestId('group-cab-payments').textContent()).toMatch(/pending: Priya Nair/);
    expect(await status.getByTestId('deadline').textContent()).toMatch(/left|Overdue/);
    expect(await status.getByTestId('deadline-due').textContent()).toMatch(/^Answer due /);
    // And she cannot answer her own change request
    expect(await status.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-status-requester.png'), fullPage: true });
    await page.context().close();
  });

  it('lets approvers answer on the portal, and shows the decision record once both groups approved', async () => {
    // Given Sam (cab-security) on the request
    const samPage = await openRequest(DEMO.sam);
    const asSam = statusPanel(samPage);

    // When he approves with a condition
    await asSam.getByLabel('Conditions').fill('Deploy after 18:00 only');
    await asSam.getByRole('button', { name: 'Approve' }).click();

    // Then the panel refreshes from the answer: cab-security is done by Sam, the buttons are gone
    await asSam.getByTestId('group-cab-security').filter({ hasText: 'Sam Rivera approved' }).waitFor();
    expect(await asSam.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await samPage.context().close();

    // When Priya (cab-payments) approves too
    const priyaPage = await openRequest(DEMO.priya, 800);
    const asPriya = statusPanel(priyaPage);
    await asPriya.getByRole('button', { name: 'Approve' }).click();

    // Then the change is approved and the decision record is shown
    await asPriya.getByTestId('decision-record').waitFor();
    expect(await asPriya.getByTestId('decision-record').textContent()).toMatch(/Sam Rivera/);
    expect(await asPriya.getByTestId('group-cab-payments').textContent()).toMatch(/Priya Nair approved/);
    await priyaPage.screenshot({ path: join(SCREENSHOTS, 'portal-status-approved.png'), fullPage: true });
    await priyaPage.context().close();
  });

  it('shows the approved request to the requester at panel width 360 px', async () => {
    const page = await harness.pageAs(DEMO.dana);
    await page.goto(`${harness.host.url}/servicedesk/customer/portal/${PORTAL_ID}/${issueKey}`);
    const frame = page.locator('iframe[data-module-key="cab-request-status"]');
    await frame.evaluate((element) => {
      element.setAttribute('style', 'width: 360px');
    });
    await statusPanel(page).getByTestId('decision-record').waitFor();
    expect(await statusPanel(page).getByTestId('deadline').count()).toBe(0);
    await frame.screenshot({ path: join(SCREENSHOTS, 'portal-status-360.png') });
    await page.context().close();
  });
});
