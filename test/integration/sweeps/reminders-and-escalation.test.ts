import { PEOPLE, validAnswers } from '../app/app-harness';
import { recipientIds, startSweepHost, type SweepHost } from './sweep-harness';

/**
 * A normal change to the Kubernetes platform raised on a Friday afternoon in London (15:00 GMT, 10:00 in
 * New York). Its groups (cab-platform, cab-operations) run on New York business hours (09:00-17:00): 24
 * working hours are Fri 7 h + Mon 8 h + Tue 8 h + Wed 1 h, so the deadline is Wed 2 Dec 10:00 EST (15:00Z);
 * 50 % falls on Mon 30 Nov 14:00 EST (19:00Z) and 90 % on Tue 1 Dec 15:36 EST (20:36Z). The weekend and
 * the London evening do not count.
 */
const FRIDAY_AFTERNOON_LONDON = '2026-11-27T15:00:00.000Z';
const NY_APPROVERS = [PEOPLE.dev.accountId, PEOPLE.pat.accountId, PEOPLE.olivia.accountId].sort();
const k8sChange = () => validAnswers({ affectedSystems: ['k8s-platform'], risk: 'medium' });
const isReminder = (mail: { subject: string }) => mail.subject.startsWith('Reminder:');
const isEscalation = (mail: { subject: string }) => mail.subject.startsWith('[OVERDUE]');

describe('reminders and escalation on business hours across a weekend and time zones', () => {
  let app: SweepHost;
  let key: string;
  beforeAll(async () => {
    app = await startSweepHost(FRIDAY_AFTERNOON_LONDON);
    key = await app.raise(PEOPLE.dana, 'Upgrade the ingress controller', k8sChange());
  });
  afterAll(async () => {
    await app.stop();
  });

  it('sends nothing over the weekend and until just before the 50 % point in New York', async () => {
    // Given the CR was routed on Friday; when the clock runs to Monday 13:55 in New York
    await app.advanceTo('2026-11-30T18:55:00.000Z');

    // Then no approver has been reminded yet
    expect((await app.emails(key)).filter(isReminder)).toEqual([]);
  });

  it('reminds every pending approver once at 50 %, by email and in the channel', async () => {
    // When the clock passes Monday 14:00 in New York
    await app.advanceTo('2026-11-30T19:05:00.000Z');

    // Then one reminder email goes to the three pending approvers, and one chat line
    const reminders = (await app.emails(key)).filter(isReminder);
    expect(reminders).toHaveLength(1);
    expect(recipientIds(reminders)).toEqual(NY_APPROVERS);
    expect((await app.chat(key)).filter((message) => message.text.startsWith('Reminder:'))).toHaveLength(1);
  });

  it('sends nothing new on the next sweep runs', async () => {
    // When the sweep runs again (every five minutes) and again
    await app.advanceTo('2026-11-30T19:20:00.000Z');
    await app.advanceTo('2026-12-01T20:30:00.000Z');

    // Then still one reminder
    expect((await app.emails(key)).filter(isReminder)).toHaveLength(1);
  });

  it('reminds only those still pending at 90 %', async () => {
    // Given Olivia approved for cab-operations
    const panel = await app.call<{ viewer: { approvalId: string | null } }>(
      PEOPLE.olivia,
      key,
      'getApprovalPanel',
      { issueKey: key },
    );
    const approvalId = panel.ok ? panel.value.viewer.approvalId : null;
    const answered = await app.call(PEOPLE.olivia, key, 'answerApproval', {
      issueKey: key,
      approvalId,
      decision: 'approve',
    });
    expect(answered.ok).toBe(true);

    // When the clock passes Tuesday 15:36 in New York
    await app.advanceTo('2026-12-01T20:40:00.000Z');

    // Then the second reminder goes to cab-platform only
    const reminders = (await app.emails(key)).filter(isReminder);
    expect(reminders).toHaveLength(2);
    expect(recipientIds(reminders.slice(1))).toEqual([PEOPLE.dev.accountId, PEOPLE.pat.accountId].sort());
  });

  it('escalates to the change managers when overdue, and JQL finds the CR by its overdue property', async () => {
    const overdueJql = 'project = CHG AND issue.property[async-cab].overdue = true';
    // Given it is just before the deadline: not overdue
    await app.advanceTo('2026-12-02T14:55:00.000Z');
    expect((await app.emails(key)).filter(isEscalation)).toEqual([]);
    expect(await app.jql(overdueJql)).toEqual([]);

    // When the deadline (Wednesday 10:00 in New York) passes
    await app.advanceTo('2026-12-02T15:05:00.000Z');

    // Then the change managers are told once, the channel hears it, and JQL finds the CR
    const escalations = (await app.emails(key)).filter(isEscalation);
    expect(escalations).toHaveLength(1);
    expect(recipientIds(escalations)).toEqual([PEOPLE.morgan.accountId]);
    expect(
      (await app.chat(key)).some((message) => message.text.includes('escalated to change-managers')),
    ).toBe(true);
    expect(await app.jql(overdueJql)).toEqual([key]);
    const panel = await app.panel(PEOPLE.morgan, key);
    expect(panel.deadline?.overdue).toBe(true);
    expect(panel.deadline?.label).toMatch(/^Overdue by/);

    // And a later sweep does not escalate again
    await app.advanceTo('2026-12-02T16:00:00.000Z');
    expect((await app.emails(key)).filter(isEscalation)).toHaveLength(1);
  });

  it('clears the overdue flag once the late CR is decided, so JQL stops finding it', async () => {
    // Whoever is still asked approves (the 90 % step above left a group pending).
    for (const person of [PEOPLE.dev, PEOPLE.pat, PEOPLE.olivia]) {
      const view = await app.call<{ viewer: { canAnswer: boolean; approvalId: string | null } }>(
        person,
        key,
        'getApprovalPanel',
        { issueKey: key },
      );
      if (!view.ok || !view.value.viewer.canAnswer) continue;
      const answer = await app.call(person, key, 'answerApproval', {
        issueKey: key,
        approvalId: view.value.viewer.approvalId,
        decision: 'approve',
      });
      expect(answer.ok ? 'ok' : JSON.stringify(answer)).toBe('ok');
    }
    expect((await app.panel(PEOPLE.morgan, key)).status).toBe('Approved');
    expect(await app.jql('project = CHG AND issue.property[async-cab].overdue = true')).toEqual([]);
  });
});

describe('reminder throttling', () => {
  let app: SweepHost;
  afterAll(async () => {
    await app.stop();
  });

  it('sends one reminder per approver when sweeps were missed past both reminder points', async () => {
    // Given a CR raised on Friday and no sweep until Tuesday evening (past the 50 % and 90 % points)
    app = await startSweepHost(FRIDAY_AFTERNOON_LONDON);
    const key = await app.raise(PEOPLE.dana, 'Rotate the cluster certificates', k8sChange());

    // When the clock jumps straight there, and a sweep runs again five minutes later
    await app.advanceTo('2026-12-01T21:00:00.000Z');
    await app.advanceTo('2026-12-01T21:05:00.000Z');

    // Then each pending approver got exactly one reminder (at most one per 4 hours)
    const reminders = (await app.emails(key)).filter(isReminder);
    expect(reminders).toHaveLength(1);
    expect(recipientIds(reminders)).toEqual(NY_APPROVERS);
  });
});
