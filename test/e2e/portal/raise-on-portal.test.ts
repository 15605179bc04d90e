/**
 * Raising a change request on the portal through the CAB fields' own experiences, as the three kinds of
 * people who raise them: a developer with a JSM licence, a developer with a Jira licence only (Forge
 * `unlicensed`) and a portal-only customer; field errors next to each field; an agent's Create page; and a
 * request type that is not a change request, which shows no CAB question at all.
 */
import {
  CHANGE_TYPE_ID,
  DEMO,
  fieldFrame,
  fillChangeForm,
  PAYMENTS_CHANGE,
  PORTAL_ID,
  raiseChange,
  startPortalHarness,
  statusPanel,
  type DemoUser,
  type PortalHarness,
} from './portal-harness';
import { screenshotPath } from '../../support/chromium';

const WAIT = { timeout: 20_000 };
const CAB_FIELDS = [
  'cab-affected-systems',
  'cab-change-type',
  'cab-risk',
  'cab-change-window',
  'cab-test-evidence',
  'cab-consequence',
  'cab-rollback-plan',
];

let harness: PortalHarness;

beforeAll(async () => {
  harness = await startPortalHarness();
}, 120_000);

afterAll(async () => {
  await harness.close();
});

const createUrl = (typeId: string) =>
  `${harness.host.url}/servicedesk/customer/portal/${PORTAL_ID}/create/${typeId}`;

async function statusOf(key: string): Promise<string> {
  const auth = Buffer.from(`${DEMO.alex.email}:x`).toString('base64');
  const issue = (await (
    await fetch(`${harness.host.url}/rest/api/3/issue/${key}?fields=status`, {
      headers: { authorization: `Basic ${auth}` },
    })
  ).json()) as { fields: { status: { name: string } } };
  return issue.fields.status.name;
}

describe('raising a change request on the portal through the CAB fields', () => {
  const people: [string, DemoUser, string][] = [
    ['a developer with a JSM licence', DEMO.dana, 'Rotate the payments API signing key'],
    ['a developer with a Jira licence only (unlicensed)', DEMO.noah, 'Rotate the payments API webhook key'],
    ['a portal customer', DEMO.riley, 'Rotate the payments API vendor key'],
  ];
  it.each(people)('%s raises one that is routed to its approver groups', async (_who, person, summary) => {
    // Given the person on the portal's Change form, every CAB question in its field's own UI
    const page = await harness.pageAs(person);
    await page.goto(createUrl(CHANGE_TYPE_ID));
    for (const moduleKey of CAB_FIELDS)
      await page.locator(`iframe[data-module-key="${moduleKey}"]`).waitFor();

    // When they answer every question and press Create
    const key = await raiseChange(page, harness.host.url, { ...PAYMENTS_CHANGE, summary });

    // Then the request view shows it waiting for cab-payments and cab-security, its answers read back
    const status = statusPanel(page);
    await status.getByTestId('approver-groups').waitFor(WAIT);
    const groups = (await status.getByTestId('approver-groups').textContent()) ?? '';
    expect(groups).toContain('cab-payments');
    expect(groups).toContain('cab-security');
    expect(await statusOf(key)).toBe('Awaiting approval');
    await fieldFrame(page, 'cab-affected-systems', 'view').getByText('Payments API').waitFor(WAIT);
    await page.screenshot({
      path: screenshotPath(`portal-raised-by-${person.email.split('@')[0] ?? ''}`),
      fullPage: true,
    });
    await page.context().close();
  });

  it('shows each problem next to its field, and Jira refuses what the field validation catches', async () => {
    // Given Dana's form with an http (not https) evidence link and the window ending before it starts
    const before = await harness.changeRequestKeys();
    const page = await harness.pageAs(DEMO.dana);
    await page.goto(createUrl(CHANGE_TYPE_ID));
    await fillChangeForm(page, {
      ...PAYMENTS_CHANGE,
      end: { date: '2026-12-01', time: '09:00' },
      evidenceUrl: 'http://ci.example/run/1',
    });

    // Then each field's own UI says what is wrong, next to the control
    await fieldFrame(page, 'cab-change-window')
      .getByText(/must end after it starts/)
      .waitFor(WAIT);
    await fieldFrame(page, 'cab-test-evidence').getByText(/https/).first().waitFor(WAIT);

    // And pressing Create is refused, the refusal placed under the field; nothing is created
    await page.getByRole('button', { name: 'Create' }).click();
    await page.locator('.field-error:not([hidden])').first().waitFor(WAIT);
    expect(page.url()).toBe(createUrl(CHANGE_TYPE_ID));
    expect(await harness.changeRequestKeys()).toEqual(before);
    await page.screenshot({ path: screenshotPath('portal-field-errors'), fullPage: true });
    await page.context().close();
  });

  it('shows no CAB question on a request type that is not a change request', async () => {
    const page = await harness.pageAs(DEMO.riley);
    await page.goto(createUrl('12'));
    await page.getByLabel('Summary').waitFor();
    await page.getByLabel('Device or app').waitFor();
    expect(await page.locator('iframe[data-module-key^="cab-"]').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('portal-get-it-help'), fullPage: true });
    await page.context().close();
  });

  it('an agent creates one from the Create page with the fields in their create UI', async () => {
    // Given Morgan (an agent) on the Create page, choosing the Change request type
    const page = await harness.pageAs(DEMO.morgan);
    await page.goto(`${harness.host.url}/jira/create?project=CHG`);
    await page.locator('#acab-request-type').selectOption({ label: 'Change' });
    for (const moduleKey of CAB_FIELDS)
      await page.locator(`iframe[data-module-key="${moduleKey}"]`).waitFor();

    // When they answer and press Create
    await fillChangeForm(page, { ...PAYMENTS_CHANGE, summary: 'Rotate the payments API audit key' });
    await Promise.all([
      page.waitForURL(/\/browse\/CHG-\d+$/),
      page.getByRole('button', { name: 'Create' }).click(),
    ]);
    const key = /(CHG-\d+)$/.exec(page.url())?.[1] ?? '';

    // Then the issue view shows the answers through the fields' view UI, and the CR is routed
    await fieldFrame(page, 'cab-rollback-plan', 'view').getByText(PAYMENTS_CHANGE.rollback).waitFor(WAIT);
    await harness.host.settle();
    expect(await statusOf(key)).toBe('Awaiting approval');
    await page.screenshot({ path: screenshotPath('agent-created-change'), fullPage: true });
    await page.context().close();
  });
});
