/**
 * Freezes and clashes before anyone decides, in Chromium: the planned window's field on the portal's Change
 * form tells the requester of a freeze as soon as the window is picked, and the approver's issue panel
 * names the freeze and the clash before they decide.
 */
import { z } from 'zod';
import { validAnswers } from '../../integration/app/app-harness';
import {
  invokeAs,
  newPageAs,
  raiseChangeRequest,
  screenshot,
  startE2eHost,
  stopE2eHost,
  type E2eHost,
} from '../../support/e2e-host';
import {
  fieldFrame,
  fillChangeForm,
  PAYMENTS_CHANGE,
  PORTAL_ID,
  CHANGE_TYPE_ID,
  DEMO,
} from './portal-harness';

const WAIT = { timeout: 20_000 };
const SHOTS = '/tmp/window-flag-shots';
const PolicyViewSchema = z.object({ policy: z.record(z.string(), z.unknown()), revision: z.number() });

let e2e: E2eHost;

beforeAll(async () => {
  e2e = await startE2eHost('window-flags');
  const read = await invokeAs(e2e.host, DEMO.alex.accountId, 'getPolicy', {});
  const view = PolicyViewSchema.parse(read.value);
  const saved = await invokeAs(e2e.host, DEMO.alex.accountId, 'savePolicy', {
    policy: {
      ...view.policy,
      freezeWindows: [
        {
          name: 'Payments freeze',
          start: '2026-12-07T00:00:00Z',
          end: '2026-12-09T00:00:00Z',
          systems: ['payments-api'],
          kind: 'hard',
        },
        { name: 'Year-end freeze', start: '2026-12-21T00:00:00Z', end: '2027-01-04T00:00:00Z', kind: 'soft' },
      ],
    },
    expectedRevision: view.revision,
  });
  if (!saved.ok) throw new Error(`saving the freezes failed: ${saved.error?.message ?? ''}`);
}, 120_000);

afterAll(() => stopE2eHost(e2e));

describe('a planned window’s freezes and clashes before anyone decides', () => {
  it('the window field on the portal form points out the freeze as the requester picks the window', async () => {
    const page = await newPageAs(e2e, DEMO.dana.accountId);
    await page.goto(`${e2e.host.url}/servicedesk/customer/portal/${PORTAL_ID}/create/${CHANGE_TYPE_ID}`);
    await fillChangeForm(page, {
      ...PAYMENTS_CHANGE,
      start: { date: '2026-12-08', time: '10:00' },
      end: { date: '2026-12-08', time: '11:00' },
    });

    const freeze = fieldFrame(page, 'cab-change-window').getByTestId('window-freeze');
    await freeze.waitFor(WAIT);
    const text = (await freeze.textContent()) ?? '';
    expect(text).toContain('hard freeze "Payments freeze"');
    expect(text).toContain('on Payments API');
    // The page's browser reads en-US: the span is in its words, in the viewer's zone, naming it.
    expect(text).toContain('(Mon, Dec 7, 12:00 AM – Wed, Dec 9, 12:00 AM GMT, on Payments API)');
    expect(text).toContain('if this change touches it, only an emergency change may be planned then');
    await screenshot(page, 'portal-window-in-freeze', SHOTS);
    await page.close();
  });

  it('the approver’s panel names the soft freeze and the clash with another change on the same system', async () => {
    const yearEnd = {
      start: '2026-12-22T10:00:00+00:00',
      end: '2026-12-22T11:00:00+00:00',
      timeZone: 'Europe/London',
    };
    const first = await raiseChangeRequest(
      e2e.host,
      DEMO.dana.accountId,
      'Roll out the new checkout button',
      validAnswers({ plannedWindow: yearEnd }),
    );
    const second = await raiseChangeRequest(
      e2e.host,
      DEMO.dana.accountId,
      'Change the checkout font',
      validAnswers({
        plannedWindow: { ...yearEnd, start: '2026-12-22T10:30:00+00:00', end: '2026-12-22T12:00:00+00:00' },
      }),
    );

    const page = await newPageAs(e2e, DEMO.priya.accountId);
    await page.goto(`${e2e.host.url}/browse/${second}`);
    const panel = page.frameLocator('iframe[data-module-key="cab-approval-panel"]');
    await panel.getByTestId('window-flags').waitFor(WAIT);
    expect(await panel.getByTestId('window-freeze').textContent()).toContain(
      'soft freeze "Year-end freeze" (Mon, Dec 21, 2026, 12:00 AM – Mon, Jan 4, 2027, 12:00 AM GMT, on every system): plan it outside the freeze if you can.',
    );
    expect(await panel.getByTestId('window-conflict').textContent()).toBe(
      `Clashes with ${first} Roll out the new checkout button, planned on Checkout web at an overlapping time (Tue, Dec 22, 10:00 AM – 11:00 AM GMT).`,
    );
    await screenshot(page, 'panel-window-flags', SHOTS);
    await page.close();
  });
});
