import { PEOPLE, validAnswers } from '../app/app-harness';
import { startSweepHost, type SweepHost } from './sweep-harness';

/**
 * Silence as consent on the default policy: standard changes of low risk only, 16 business hours. The
 * developer portal runs on London hours, so a CR raised Friday 27 Nov 15:00 GMT (2 h that day, 8 h on
 * Monday, 6 h on Tuesday) has its objection window close on Tuesday 1 Dec 15:00 GMT.
 */
const FRIDAY_AFTERNOON_LONDON = '2026-11-27T15:00:00.000Z';
/** Real time keeps flowing under the host clock, so instants carry a few milliseconds. */
/** As the approvers read it: in the group's zone, named (src/domain/decision-record/format-display-time.ts). */
const WINDOW_CLOSES = /Tue 1 Dec 2026, 15:00 GMT/;
const devPortal = (overrides: Record<string, unknown>) =>
  validAnswers({ affectedSystems: ['dev-portal'], ...overrides });

describe('silence is consent through the local host', () => {
  let app: SweepHost;
  const keys = { eligible: '', normal: '', highRisk: '', objected: '' };
  beforeAll(async () => {
    app = await startSweepHost(FRIDAY_AFTERNOON_LONDON);
    keys.eligible = await app.raise(
      PEOPLE.dana,
      'Fix a typo on the docs landing page',
      devPortal({ changeType: 'standard', risk: 'low' }),
    );
    keys.normal = await app.raise(
      PEOPLE.dana,
      'Change the search backend',
      devPortal({ changeType: 'normal', risk: 'low' }),
    );
    keys.highRisk = await app.raise(
      PEOPLE.dana,
      'Replace the portal login',
      devPortal({ changeType: 'standard', risk: 'high' }),
    );
    keys.objected = await app.raise(
      PEOPLE.dana,
      'Move the docs to a new host',
      devPortal({ changeType: 'standard', risk: 'low' }),
    );
  });
  afterAll(async () => {
    await app.stop();
  });

  it('announces the objection window up front, in the approval request email and in the channel', async () => {
    const request = (await app.emails(keys.eligible))[0];
    expect(request?.textBody).toMatch(
      new RegExp(`Silence is consent: if nobody objects or declines by ${WINDOW_CLOSES.source}`),
    );
    const chat = (await app.chat(keys.eligible))[0];
    expect(chat?.text).toMatch(
      new RegExp(`approved unless someone declines or objects by ${WINDOW_CLOSES.source}`),
    );
    // And only eligible CRs say so
    expect((await app.emails(keys.normal))[0]?.textBody).not.toContain('Silence is consent');
    expect((await app.emails(keys.highRisk))[0]?.textBody).not.toContain('Silence is consent');
  });

  it('offers "Object" to approvers and change managers only, on eligible CRs only', async () => {
    expect((await app.panel(PEOPLE.pat, keys.eligible)).silence).toMatchObject({
      open: true,
      canObject: true,
    });
    expect((await app.panel(PEOPLE.morgan, keys.eligible)).silence?.canObject).toBe(true);
    expect((await app.panel(PEOPLE.dana, keys.eligible)).silence?.canObject).toBe(false);
    expect((await app.panel(PEOPLE.pat, keys.normal)).silence).toBeUndefined();

    // The requester cannot object, and nobody can object where silence is not consent
    const byRequester = await app.call(PEOPLE.dana, keys.eligible, 'objectToChange', {
      issueKey: keys.eligible,
      reason: 'I changed my mind about this.',
    });
    expect(byRequester).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const onNormal = await app.call(PEOPLE.pat, keys.normal, 'objectToChange', {
      issueKey: keys.normal,
      reason: 'Search needs a load test first.',
    });
    expect(onNormal).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('records an objection from an approver', async () => {
    const objected = await app.call(PEOPLE.pat, keys.objected, 'objectToChange', {
      issueKey: keys.objected,
      reason: 'The new host has no CDN in Asia yet.',
    });
    if (!objected.ok) throw new Error(objected.error.message);
    expect(objected.value.silence).toMatchObject({
      canObject: false,
      objections: [{ by: 'Pat Kim', reason: 'The new host has no CDN in Asia yet.' }],
    });
  });

  it('does not approve before the objection window closes', async () => {
    await app.advanceTo('2026-12-01T14:55:00.000Z');
    expect((await app.panel(PEOPLE.morgan, keys.eligible)).status).toBe('Awaiting approval');
  });

  it('approves only the eligible CR nobody objected to, with an approved-by-silence record', async () => {
    // When the window closes
    await app.advanceTo('2026-12-01T15:05:00.000Z');

    // Then the low-risk standard CR is Approved, and its record says how
    const approved = await app.panel(PEOPLE.morgan, keys.eligible);
    expect(approved.status).toBe('Approved');
    expect(approved.decisionRecord).toMatch(/approved by silence/i);
    expect(approved.decisionRecord).toMatch(
      /Approved by silence after 16 business hours \(Fri 27 Nov 2026, 15:00 GMT to Tue 1 Dec 2026, 15:00 GMT\); 2 approvers notified on Fri 27 Nov 2026, 15:00 GMT, Tue 1 Dec 2026, 14:55 GMT; 0 objections\./,
    );
    expect(approved.decisionRecord).toContain('Pat Kim');
    expect(approved.decisionRecord).toContain('Dev Patel');
    expect(
      (await app.chat(keys.eligible)).some((message) => message.text.includes('approved by silence')),
    ).toBe(true);
    // And Dana, who raised it, is told how it was decided
    const told = (await app.emails(keys.eligible)).filter((mail) =>
      mail.subject.startsWith(`${keys.eligible} approved by silence`),
    );
    expect(told.map((mail) => mail.recipients.map((person) => person.emailAddress))).toEqual([
      [PEOPLE.dana.email],
    ]);

    // And the normal, the high-risk and the objected CRs still wait for their approvers
    for (const key of [keys.normal, keys.highRisk, keys.objected]) {
      const panel = await app.panel(PEOPLE.morgan, key);
      expect(panel.status).toBe('Awaiting approval');
      expect(panel.decisionRecord).toBeNull();
    }
  });

  it('approves by silence once only', async () => {
    await app.advanceTo('2026-12-01T16:00:00.000Z');
    const records = (await app.chat(keys.eligible)).filter((message) =>
      message.text.includes('approved by silence'),
    );
    expect(records).toHaveLength(1);
  });
});
