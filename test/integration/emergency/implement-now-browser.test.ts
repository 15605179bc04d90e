/** The requester's "Implement now" on the portal request view, in Chromium (the break-glass UI). */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launchChromium } from '../../support/chromium';
import { PEOPLE } from '../app/app-harness';
import { emergencyAnswers, startEmergencyHost, type EmergencyHost } from './emergency-harness';

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

async function openAs(accountId: string, issueKey: string): Promise<{ page: Page; status: FrameLocator }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.addCookies([{ name: 'acab_user', value: accountId, url: app.host.url }]);
  const page = await context.newPage();
  page.setDefaultTimeout(8_000);
  await page.goto(`${app.host.url}/servicedesk/customer/portal/1/${issueKey}`);
  const status = page.frameLocator('iframe[data-module-key="cab-request-status"]');
  await status.getByTestId('request-status').waitFor();
  return { page, status };
}

describe('Implement now on the portal request view', () => {
  it('asks for a reason and a confirmation, then shows the break-glass notice', async () => {
    // Given Dana's emergency change, waiting for the emergency approvers
    const key = await app.raiseEmergency(PEOPLE.dana, 'Revert the DNS change', emergencyAnswers());
    const { page, status } = await openAs(PEOPLE.dana.accountId, key);

    // When she opens "Implement now" and tries to go on without a reason
    await status.getByTestId('implement-now-open').click();
    await status.getByTestId('implement-now-submit').click();

    // Then she is told to write a reason, and nothing is offered to confirm
    await status.getByText('Write at least 20 characters.').waitFor();
    expect(await status.getByTestId('implement-now-confirm').count()).toBe(0);

    // When she writes why and confirms
    await status
      .getByLabel('Why can this not wait for the emergency approvers?')
      .fill('Every DNS lookup for checkout fails; reverting restores service.');
    await status.getByTestId('implement-now-submit').click();
    await status.getByTestId('implement-now-confirm-yes').click();

    // Then the panel shows who implemented it and why, and the button is gone
    const notice = status.getByTestId('break-glass');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Dana Lee started implementing.*Every DNS lookup/);
    expect(await status.getByTestId('implement-now-open').count()).toBe(0);
    await page.context().close();
  });

  it('offers no "Implement now" to an approver', async () => {
    const key = await app.raiseEmergency(PEOPLE.dana, 'Restart the queue brokers', emergencyAnswers());
    await app.panel(PEOPLE.dana, key);
    const { page, status } = await openAs(PEOPLE.morgan.accountId, key);
    await status.getByRole('button', { name: 'Approve' }).waitFor();
    expect(await status.getByTestId('implement-now-open').count()).toBe(0);
    await page.context().close();
  });
});
