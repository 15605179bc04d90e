import type { Page } from 'playwright-core';
import {
  DEMO,
  PORTAL_ID,
  startPortalHarness,
  statusPanel,
  type PortalHarness,
} from '../../e2e/portal/portal-harness';
import { approvedReview, deliver, mapDanaLogin } from './github-harness';

describe('completing a drafted CR on the portal (Chromium)', () => {
  let harness: PortalHarness;
  let issueKey: string;

  beforeAll(async () => {
    harness = await startPortalHarness();
    const app = { host: harness.host };
    mapDanaLogin(app);
    await deliver(app, 'pull_request_review', approvedReview(41));
    await harness.host.settle();
    issueKey = (await harness.changeRequestKeys())[0] ?? '';
  }, 120_000);
  afterAll(async () => {
    await harness.close();
  });

  async function openAsDana(): Promise<Page> {
    const page = await harness.pageAs(DEMO.dana, 900);
    await page.goto(`${harness.host.url}/servicedesk/customer/portal/${PORTAL_ID}/${issueKey}`);
    await statusPanel(page).getByTestId('answers-form').waitFor();
    return page;
  }

  it('shows field errors, then submits the completed answers and starts approval', async () => {
    // Given Dana opens the CR drafted from her pull request
    const page = await openAsDana();
    const form = statusPanel(page);
    expect(await form.getByRole('checkbox', { name: /Checkout web/ }).isChecked()).toBe(true);
    // When she submits without answering, she is told what is missing, next to each field
    await form.getByTestId('answers-submit').click();
    await form.getByTestId('answers-failure').waitFor();
    await page.screenshot({
      path: `${process.cwd()}/test-results/screenshots/portal-draft-refused.png`,
      fullPage: true,
    });
    expect(
      await form.getByText('Not answered yet: say how the change is undone if it goes wrong.').count(),
    ).toBeGreaterThanOrEqual(1);
    // When she answers everything and submits
    await form.getByRole('radio', { name: 'Normal' }).check();
    await form.getByRole('radio', { name: 'Medium', exact: true }).check();
    await form.getByLabel('Start date').fill('2026-12-01');
    await form.getByLabel('Start time').fill('10:00');
    await form.getByLabel('End date').fill('2026-12-01');
    await form.getByLabel('End time').fill('11:00');
    await form.getByRole('radio', { name: 'Yes' }).check();
    await form.getByLabel('Link to the test evidence').fill('https://ci.acme.example/runs/4412');
    await form.getByLabel('Consequence of not releasing now').fill('Card payments keep failing at checkout.');
    await form.getByLabel('Rollback plan').fill('Redeploy the previous image tag.');
    await form.getByTestId('answers-submit').click();
    // Then the CR is submitted and waits for its approvers, and the portal's own status says so too
    await form.getByTestId('answers-submitted').waitFor();
    await page.getByTestId('portal-request-status').getByText('Awaiting approval', { exact: true }).waitFor();
    await statusPanel(page).getByTestId('answers-submitted').waitFor();
    await page.screenshot({
      path: `${process.cwd()}/test-results/screenshots/portal-draft-submitted.png`,
      fullPage: true,
    });
    const auth = Buffer.from(`${DEMO.alex.email}:x`).toString('base64');
    const issue = (await (
      await fetch(`${harness.host.url}/rest/api/3/issue/${issueKey}?fields=status`, {
        headers: { authorization: `Basic ${auth}` },
      })
    ).json()) as { fields: { status: { name: string } } };
    expect(issue.fields.status.name).toBe('Awaiting approval');
    await page.context().close();
  }, 60_000);
});
