import { join } from 'node:path';
import {
  CHANGE_TYPE_ID,
  createPanel,
  DEMO,
  EMERGENCY_TYPE_ID,
  fillChangeForm,
  PAYMENTS_CHANGE,
  PORTAL_ID,
  raiseChange,
  SCREENSHOTS,
  startPortalHarness,
  statusPanel,
  type PortalHarness,
} from './portal-harness';

let harness: PortalHarness;

beforeAll(async () => {
  harness = await startPortalHarness();
}, 120_000);

afterAll(async () => {
  await harness.close();
});

const createUrl = (typeId: string) =>
  `${harness.host.url}/servicedesk/customer/portal/${PORTAL_ID}/create/${typeId}`;

describe('portal create form (cab-request-form)', () => {
  it('raises a change request that is routed to the approver groups of its system', async () => {
    // Given Dana on the portal's Change form
    const page = await harness.pageAs(DEMO.dana);

    // When she answers every question and presses Create
    const key = await raiseChange(page, harness.host.url, PAYMENTS_CHANGE);

    // Then the request page shows it waiting for cab-payments and cab-security (the Payments API's groups)
    const status = statusPanel(page);
    await status.getByTestId('approver-groups').waitFor();
    const groups = await status.getByTestId('approver-groups').textContent();
    expect(groups).toContain('cab-payments');
    expect(groups).toContain('cab-security');
    expect(await status.getByTestId('evidence').textContent()).toContain('Payments API');
    expect(await harness.changeRequestKeys()).toContain(key);
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-form-created.png'), fullPage: true });
    await page.context().close();
  });

  it('shows field errors for bad input, moves focus to the first, and creates nothing', async () => {
    // Given Dana's form with an http (not https) evidence link and the end before the start
    const before = await harness.changeRequestKeys();
    const page = await harness.pageAs(DEMO.dana);
    await page.goto(createUrl(CHANGE_TYPE_ID));
    await fillChangeForm(page, {
      ...PAYMENTS_CHANGE,
      end: { date: '2026-12-01', time: '09:00' },
      evidenceUrl: 'http://ci.example/run/1',
    });
    const form = createPanel(page);

    // When she asks the panel to check her answers
    await form.getByRole('button', { name: 'Check my answers' }).click();

    // Then each problem is shown under its field, and focus is on the first problem's input
    await form.getByTestId('error-cr-plannedWindow-end').waitFor();
    expect(await form.getByTestId('error-cr-plannedWindow-end').textContent()).toMatch(/end after it starts/);
    expect(await form.getByTestId('error-cr-testing-evidenceUrl').textContent()).toMatch(/https/);
    expect(await form.getByTestId('form-status').textContent()).toBe('2 answers need attention.');
    const focused = await page
      .frames()
      .find((frame) => frame.url().includes('portal-form'))
      ?.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe('End date');

    // And Create is refused while the panel reports invalid answers; no request was made
    await page.getByRole('button', { name: 'Create' }).click();
    await page
      .locator('#acab-create-error')
      .filter({ hasText: /attention/ })
      .waitFor();
    expect(page.url()).toBe(createUrl(CHANGE_TYPE_ID));
    expect(await harness.changeRequestKeys()).toEqual(before);
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-form-errors.png'), fullPage: true });
    await page.context().close();
  });

  it('fixes the change type to emergency on the Emergency change request type, and says so', async () => {
    const page = await harness.pageAs(DEMO.dana);

    await page.goto(createUrl(EMERGENCY_TYPE_ID));

    const form = createPanel(page);
    await form.getByTestId('change-type-fixed').waitFor();
    expect(await form.getByTestId('change-type-fixed').textContent()).toMatch(
      /fixed for the Emergency change/,
    );
    expect(await form.getByRole('radio', { name: 'Standard' }).count()).toBe(0);
    expect(await form.getByTestId('what-happens-next').textContent()).toMatch(/ECAB/);
    await page.context().close();
  });

  it('tells the person when a planned time falls in the spring-forward gap of the chosen zone', async () => {
    // Given the form at panel width 360 px
    const page = await harness.pageAs(DEMO.dana, 1280);
    await page.goto(createUrl(CHANGE_TYPE_ID));
    await page.locator('iframe[data-module-key="cab-request-form"]').evaluate((frame) => {
      frame.setAttribute('style', 'width: 360px');
    });
    const form = createPanel(page);

    // When Dana plans a start at 01:30 London time on the night the clocks go forward
    await form.getByLabel('Time zone').selectOption('Europe/London');
    await form.getByLabel('Start date').fill('2026-03-29');
    await form.getByLabel('Start time').fill('01:30');

    // Then the panel says that time does not exist and which instant it is read as
    expect(await form.locator('#cr-plannedWindow-start-help').textContent()).toBe(
      '01:30 does not exist on 2026-03-29 in Europe/London (the clocks go forward), so it is read as 2026-03-29 02:30 (UTC+01:00).',
    );
    await page
      .locator('iframe[data-module-key="cab-request-form"]')
      .screenshot({ path: join(SCREENSHOTS, 'portal-form-360.png') });
    await page.context().close();
  });
});
