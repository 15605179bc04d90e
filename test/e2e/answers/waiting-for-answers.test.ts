/**
 * A change request raised without its CAB answers, as the people around it see it in Chromium: the change
 * manager sees what is missing in the issue panel, the requester answers on the portal request view and it
 * goes to its approvers without a reload; the admin page's Request types tab shows the site's types.
 */
import { screenshotPath } from '../../support/chromium';
import {
  DEMO,
  fieldFrame,
  PORTAL_ID,
  startPortalHarness,
  statusPanel,
  type PortalHarness,
} from '../portal/portal-harness';

const WAIT = { timeout: 20_000 };

let harness: PortalHarness;
let key: string;

beforeAll(async () => {
  harness = await startPortalHarness();
  // An agent raises a Change for Dana with Jira's Create issue and a summary only (as an email or automation would)
  const auth = Buffer.from(`${DEMO.morgan.email}:x`).toString('base64');
  const created = await fetch(`${harness.host.url}/rest/api/3/issue`, {
    method: 'POST',
    headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      fields: {
        project: { key: 'CHG' },
        issuetype: { id: '10005' },
        summary: 'Renew the checkout TLS certificate',
        reporter: { accountId: DEMO.dana.accountId },
        customfield_10010: '10',
      },
    }),
  });
  key = ((await created.json()) as { key: string }).key;
  await harness.host.settle();
}, 120_000);

afterAll(async () => {
  await harness.close();
});

describe('a change request waiting for its answers', () => {
  it('tells the change manager in the issue panel what is missing and that the requester was emailed', async () => {
    const page = await harness.pageAs(DEMO.morgan);
    await page.goto(`${harness.host.url}/browse/${key}`);
    const panel = page.frameLocator('iframe[data-module-key="cab-approval-panel"]');
    await panel.getByTestId('requester-emailed').waitFor(WAIT);
    const text = (await panel.locator('body').textContent()) ?? '';
    for (const question of ['Affected systems', 'Change window', 'Rollback plan'])
      expect(text).toContain(question);
    expect(await page.getByTestId('issue-status').textContent()).toBe('Waiting for answers');
    await page.screenshot({ path: screenshotPath('panel-waiting-for-answers'), fullPage: true });
    await page.context().close();
  });

  it('lets the requester answer on the portal, then shows it with its approvers without a reload', async () => {
    const page = await harness.pageAs(DEMO.dana);
    await page.goto(`${harness.host.url}/servicedesk/customer/portal/${PORTAL_ID}/${key}`);
    const status = statusPanel(page);
    const form = status.getByTestId('answers-form');
    await form.waitFor(WAIT);
    await page.screenshot({ path: screenshotPath('portal-waiting-for-answers'), fullPage: true });

    await form.getByRole('checkbox', { name: /Checkout web/ }).check();
    await form.getByRole('radio', { name: 'Normal' }).check();
    await form.getByRole('radio', { name: 'Medium', exact: true }).check();
    await form.getByLabel('Start date').fill('2026-12-01');
    await form.getByLabel('Start time').fill('10:00');
    await form.getByLabel('End date').fill('2026-12-01');
    await form.getByLabel('End time').fill('11:00');
    await form.getByRole('radio', { name: 'Yes' }).check();
    await form.getByLabel('Link to the test evidence').fill('https://ci.acme.example/runs/77');
    await form.getByLabel('Consequence of not releasing now').fill('Checkout stops taking cards on Friday.');
    await form.getByLabel('Rollback plan').fill('Reinstall the current certificate from the vault.');
    await status.getByTestId('answers-submit').click();

    await status.getByTestId('answers-submitted').waitFor(WAIT);
    await status.getByTestId('approver-groups').waitFor(WAIT);
    // The portal's own status follows without the requester reloading
    await page
      .getByTestId('portal-request-status')
      .getByText('Awaiting approval', { exact: true })
      .waitFor(WAIT);
    expect(await status.getByTestId('approver-groups').textContent()).toContain('cab-payments');
    await page.screenshot({ path: screenshotPath('portal-answers-submitted'), fullPage: true });

    // The issue's own fields carry the answers now (the portal's field view shows them after a reload)
    await page.reload();
    await fieldFrame(page, 'cab-affected-systems', 'view').getByText('Checkout web').waitFor(WAIT);
    await page.context().close();
  });

  it("shows the site's request types on the admin page, Get IT help not a change request", async () => {
    const page = await harness.pageAs(DEMO.alex);
    await page.goto(`${harness.host.url}/jira/settings/apps/cab-admin`);
    const admin = page.frameLocator('iframe[data-module-key="cab-admin"]');
    await admin.getByRole('tab', { name: /Request types/ }).click();
    await admin.getByTestId('service-desk-CHG').waitFor(WAIT);
    const desk = (await admin.getByTestId('service-desk-CHG').textContent()) ?? '';
    expect(desk).toContain('Get IT help');
    expect(desk).toContain('Emergency change');
    await page.screenshot({ path: screenshotPath('admin-request-types'), fullPage: true });
    await page.context().close();
  });
});
