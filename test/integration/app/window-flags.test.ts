/**
 * Freezes and clashes before anyone decides, through the local host: the request forms ask getWindowFlags
 * as the window is picked, the portal's whole form refuses a normal change planned in a hard freeze, and
 * the approvers' email names the freeze and the clash.
 */
import type { PolicyView, ValidationView, WindowFlagsView } from '../../../src/shared';
import { startBoardHost, valueOf, type BoardHost } from '../board/board-harness';
import { PEOPLE, validAnswers } from './app-harness';

const window = (start: string, end: string) => ({ start, end, timeZone: 'Europe/London' });
const IN_THE_FREEZE = window('2026-12-08T10:00:00+00:00', '2026-12-08T11:00:00+00:00');

describe('freezes and clashes on the forms and to the approvers', () => {
  let app: BoardHost;
  let first: string;
  beforeAll(async () => {
    app = await startBoardHost('2026-12-01T08:00:00.000Z');
    first = await app.raise(PEOPLE.dana, 'Roll out the new checkout button', validAnswers());
    const view = valueOf(await app.call<PolicyView>(PEOPLE.alex, first, 'getPolicy', {}));
    valueOf(
      await app.call<PolicyView>(PEOPLE.alex, first, 'savePolicy', {
        policy: {
          ...view.policy,
          freezeWindows: [
            {
              name: 'Checkout freeze',
              start: '2026-12-07T00:00:00Z',
              end: '2026-12-09T00:00:00Z',
              systems: ['checkout-web'],
              kind: 'hard',
            },
          ],
        },
        expectedRevision: view.revision,
      }),
    );
  });
  afterAll(async () => {
    await app.stop();
  });

  it('tells the approvers of a clash with another open change on the same system', async () => {
    const second = await app.raise(
      PEOPLE.dana,
      'Change the checkout font',
      validAnswers({ plannedWindow: window('2026-12-01T10:30:00+00:00', '2026-12-01T11:30:00+00:00') }),
    );

    const [email] = await app.emails(second);
    expect(email?.textBody).toContain(
      `Note: Clashes with ${first} Roll out the new checkout button, planned on Checkout web at an overlapping time (Tue 1 Dec 2026, 10:00 – 11:00 GMT).`,
    );
  });

  it('holds a normal change raised in a hard freeze for its requester, whichever form raised it', async () => {
    const frozen = await app.raise(
      PEOPLE.dana,
      'Swap the payment form',
      validAnswers({ plannedWindow: IN_THE_FREEZE }),
    );

    const panel = await app.panel(PEOPLE.dana, frozen);
    expect(panel.status).toBe('Waiting for answers');
    const [email] = await app.emails(frozen);
    expect(email?.recipients.map((recipient) => recipient.accountId)).toEqual([PEOPLE.dana.accountId]);
    expect(email?.textBody).toContain(
      'The planned window falls in the hard freeze "Checkout freeze" (Mon 7 Dec 2026, 00:00 – Wed 9 Dec 2026, 00:00 GMT, on Checkout web): only emergency changes may be planned in it.',
    );
  });

  it('routes an emergency in the hard freeze, telling its approvers the freeze allows it', async () => {
    const emergency = await app.raiseEmergency(
      PEOPLE.dana,
      'Hotfix the payment form',
      validAnswers({ plannedWindow: IN_THE_FREEZE, changeType: 'emergency' }),
    );

    const emails = await app.emails(emergency);
    expect(emails.some((email) => email.textBody.includes('emergency changes are allowed in it'))).toBe(true);
  });

  it('flags a window on the create screen before its systems are chosen, naming the systems frozen', async () => {
    const flags = valueOf(
      await app.call<WindowFlagsView>(PEOPLE.dana, first, 'getWindowFlags', {
        plannedWindow: IN_THE_FREEZE,
        changeType: 'normal',
      }),
    );

    expect(flags.systemsKnown).toBe(false);
    expect(flags.freeze?.hits).toEqual([
      expect.objectContaining({ name: 'Checkout freeze', systems: ['Checkout web'], effect: 'blocked' }),
    ]);
    expect(flags.conflicts.map((conflict) => conflict.summary)).toEqual(['Hotfix the payment form']);
  });

  it('flags nothing for a window not complete yet, and refuses a malformed payload with the field named', async () => {
    const none = valueOf(
      await app.call<WindowFlagsView>(PEOPLE.dana, first, 'getWindowFlags', {
        plannedWindow: { start: '', end: '', timeZone: 'Europe/London' },
        changeType: 'normal',
      }),
    );
    expect(none).toEqual({ systemsKnown: false, freeze: null, conflicts: [] });

    const refused = await app.call(PEOPLE.dana, first, 'getWindowFlags', {
      plannedWindow: IN_THE_FREEZE,
      changeType: 'urgent',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses the whole form for a normal change in the hard freeze, and lets an emergency through', async () => {
    const normal = valueOf(
      await app.call<ValidationView>(PEOPLE.dana, first, 'validateChangeRequest', {
        changeRequest: validAnswers({ plannedWindow: IN_THE_FREEZE }),
      }),
    );
    expect(normal.valid).toBe(false);
    expect(normal.fieldErrors).toEqual([
      expect.objectContaining({ field: 'plannedWindow.start', code: 'window-in-hard-freeze' }),
    ]);

    const emergency = valueOf(
      await app.call<ValidationView>(PEOPLE.dana, first, 'validateChangeRequest', {
        changeRequest: validAnswers({ plannedWindow: IN_THE_FREEZE, changeType: 'emergency' }),
      }),
    );
    expect(emergency).toEqual({ valid: true, fieldErrors: [] });
  });
});
