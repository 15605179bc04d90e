import { PEOPLE } from '../app/app-harness';
import { emergencyAnswers, startEmergencyHost, type EmergencyHost } from './emergency-harness';

const REASON = 'Payments are failing for every customer; the fix is a one-line config revert.';

describe('break-glass ("Implement now") on an emergency change through the local host', () => {
  let app: EmergencyHost;
  beforeAll(async () => {
    app = await startEmergencyHost();
  });
  afterAll(async () => {
    await app.stop();
  });

  async function routedEmergency(summary: string): Promise<string> {
    const key = await app.raiseEmergency(PEOPLE.dana, summary, emergencyAnswers());
    const view = await app.panel(PEOPLE.dana, key);
    expect(view.ok && view.value.emergency?.canImplementNow).toBe(true);
    return key;
  }

  it('refuses without a reason, or with a too short one, with a field error on reason', async () => {
    const key = await routedEmergency('Revert the gateway config');

    for (const reason of ['', '   ', 'urgent']) {
      // When the requester implements now without a real reason
      const refused = await app.call(PEOPLE.dana, key, 'implementNow', { issueKey: key, reason });

      // Then it is refused, says which field, and nothing moved
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect(refused.ok ? [] : refused.error.fieldErrors?.map((error) => error.field)).toEqual(['reason']);
    }
    const after = await app.panel(PEOPLE.dana, key);
    expect(after.ok && after.value.status).toBe('Awaiting emergency approval');
  });

  it('refuses anyone but the requester', async () => {
    const key = await routedEmergency('Revert the gateway config again');
    const refused = await app.call(PEOPLE.morgan, key, 'implementNow', { issueKey: key, reason: REASON });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('with a reason: moves to Implementing, records who/when/why and the 24 h retrospective deadline', async () => {
    const key = await routedEmergency('Turn off the faulty fraud rule');
    const before = Date.now();

    // When Dana implements now with a reason
    const done = await app.call(PEOPLE.dana, key, 'implementNow', {
      issueKey: key,
      reason: REASON,
    });

    // Then the CR is Implementing and the break-glass record says who, why and by when
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.status).toBe('Implementing');
    const breakGlass = done.value.emergency?.breakGlass;
    expect(breakGlass).toMatchObject({ by: 'Dana Lee', reason: REASON, escalatedAt: null });
    const hoursAhead = (Date.parse(breakGlass?.retrospectiveDeadline ?? '') - before) / 3_600_000;
    expect(hoursAhead).toBeGreaterThan(23.9);
    expect(hoursAhead).toBeLessThan(24.1);
    expect(breakGlass?.record).toMatch(/implemented before approval/i);
    expect(breakGlass?.record).toContain(REASON);
    expect(done.value.emergency?.canImplementNow).toBe(false);

    // And an internal comment carries the record, and the channel hears about it
    const comments = (await (
      await app.rest(`/rest/servicedeskapi/request/${key}/comment?internal=true&public=true`, PEOPLE.morgan)
    ).json()) as { values: { public: boolean; body: string }[] };
    expect(
      comments.values.filter((comment) => !comment.public && comment.body.includes(REASON)),
    ).toHaveLength(1);
    expect((await app.chat(key)).some((message) => message.text.includes('before approval'))).toBe(true);

    // And a second attempt is refused
    const again = await app.call(PEOPLE.dana, key, 'implementNow', { issueKey: key, reason: REASON });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_DECIDED' } });
  });

  it('still collects the ECAB approvals after implementation and records the retrospective decision', async () => {
    const key = await routedEmergency('Scale the ingest workers');
    await app.call(PEOPLE.dana, key, 'implementNow', { issueKey: key, reason: REASON });

    // When one member of each ECAB role approves afterwards (JSM no longer takes answers)
    let last = await app.call(PEOPLE.olivia, key, 'answerApproval', {
      issueKey: key,
      approvalId: '1',
      decision: 'approve',
    });
    expect(last.ok && last.value.decision).toBe('pending');
    const twice = await app.call(PEOPLE.olivia, key, 'answerApproval', {
      issueKey: key,
      approvalId: '1',
      decision: 'approve',
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'ALREADY_DECIDED' } });
    const outsider = await app.call(PEOPLE.priya, key, 'answerApproval', {
      issueKey: key,
      approvalId: '1',
      decision: 'approve',
    });
    expect(outsider.ok).toBe(false);
    for (const person of [PEOPLE.elena, PEOPLE.morgan]) {
      await app.host.clock.advance(30);
      last = await app.call(person, key, 'answerApproval', {
        issueKey: key,
        approvalId: '1',
        decision: 'approve',
      });
    }

    // Then the decision record says approved, after implementation, by the three of them
    if (!last.ok) throw new Error(last.error.message);
    const record = last.value.decisionRecord ?? '';
    expect(record).toMatch(/approved/i);
    expect(record).toContain('Retrospective');
    for (const name of ['Olivia Chen', 'Elena Petrova', 'Morgan Blake']) expect(record).toContain(name);
  });

  it('escalates an overdue retrospective approval to the change managers, once', async () => {
    const key = await routedEmergency('Purge the poisoned cache');
    await app.call(PEOPLE.dana, key, 'implementNow', { issueKey: key, reason: REASON });
    const escalations = async () =>
      (await app.outbox(key)).filter((mail) => mail.subject.startsWith('[ESCALATION]'));

    // When 23 hours pass, nothing is escalated yet
    await app.host.clock.advance(23 * 60);
    await app.host.settle();
    expect(await escalations()).toHaveLength(0);

    // When the 24 h deadline passes (the sweep runs every five minutes), and again later
    await app.host.clock.advance(70);
    await app.host.settle();
    await app.host.clock.advance(30);
    await app.host.settle();

    // Then the change managers got one escalation email and the panel shows when
    const sent = await escalations();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.recipients.map((recipient) => recipient.emailAddress)).toEqual([PEOPLE.morgan.email]);
    const view = await app.panel(PEOPLE.dana, key);
    expect(view.ok && view.value.emergency?.breakGlass?.escalatedAt).toEqual(expect.any(String));
  });
});
