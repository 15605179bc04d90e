import { ENTITIES, KEYS } from '../../../src/adapters/kvs/storage-keys';
import { basic, PEOPLE, validAnswers } from '../app/app-harness';
import { startSweepHost, type JiraCall, type SweepHost } from './sweep-harness';

/**
 * The hourly reconcile (scheduled trigger `cab-decision-reconcile`) through the local host: JSM decides a
 * CR through its own approval while the app never receives the status-change event, and the next hour the
 * app records the decision. Raised Friday 27 Nov 15:00 GMT; nothing else is due that day.
 */
const FRIDAY_AFTERNOON_LONDON = '2026-11-27T15:00:00.000Z';
const k8sChange = () => validAnswers({ affectedSystems: ['k8s-platform'], risk: 'medium' });
/** The developer portal is cab-platform's alone: one approval decides it. */
const devPortalChange = () => validAnswers({ affectedSystems: ['dev-portal'], risk: 'low' });
const paths = (calls: JiraCall[]) =>
  calls.map((call) => `${call.method} ${call.path.split('?')[0]?.replace(/CHG-\d+/, '{key}') ?? ''}`);
const decidedLine = (key: string) => (message: { text: string }) =>
  message.text.startsWith(`${key} was approved`);

describe('the hourly reconcile records decisions the app did not hear about', () => {
  let app: SweepHost;
  let missed = '';
  const waiting: string[] = [];
  beforeAll(async () => {
    app = await startSweepHost(FRIDAY_AFTERNOON_LONDON);
    for (let index = 0; index < 9; index++) {
      waiting.push(await app.raise(PEOPLE.dana, `Resize node pool ${String(index)}`, k8sChange()));
    }
    missed = await app.raise(PEOPLE.dana, 'Fix a broken link on the portal', devPortalChange());
  });
  afterAll(async () => {
    await app.stop();
  });

  it('leaves a decision JSM made unrecorded while its event is lost', async () => {
    // Given the status-change event of the CR never reaches the app
    app.loseEventsFor(missed);

    // When its approver approves with JSM's own buttons, and the five-minute sweeps run
    await app.answerInJsm(PEOPLE.pat, missed, 'approve');
    await app.advanceTo('2026-11-27T15:58:00.000Z');

    // Then Jira has the CR approved, but the app has published nothing yet
    expect(await app.jql(`key = ${missed} AND status = Approved`)).toEqual([missed]);
    expect((await app.chat(missed)).filter(decidedLine(missed))).toEqual([]);
  });

  it('records it at the next hour, at one search plus what recording the decision needs', async () => {
    const calls = app.countJiraCalls();

    // When the hour comes
    await app.advanceTo('2026-11-27T16:02:00.000Z');
    const made = calls();

    // Then the decision record is published once, with the approver named
    const panel = await app.panel(PEOPLE.morgan, missed);
    expect(panel.status).toBe('Approved');
    expect(panel.decisionRecord).toContain('Pat Kim');
    expect((await app.chat(missed)).filter(decidedLine(missed))).toHaveLength(1);
    // And it cost one JQL search for the ten waiting CRs, then only what recording the one it found needs:
    // JSM's approval, its group's members, the record comment, the requester's email
    expect(paths(made)).toEqual([
      'GET /rest/api/3/search/jql',
      'GET /rest/servicedeskapi/request/{key}/approval',
      'GET /rest/api/3/group/member',
      'POST /rest/api/3/issue/{key}/comment',
      'POST /rest/api/3/issue/{key}/notify',
    ]);
    expect(
      made
        .slice(1)
        .filter((call) => call.path.includes('/issue/') || call.path.includes('/request/'))
        .every((call) => call.path.includes(missed)),
    ).toBe(true);
  });

  it('costs one search an hour when nothing was missed', async () => {
    const calls = app.countJiraCalls();

    // When the next hour comes, with nine CRs still waiting and nothing due
    await app.advanceTo('2026-11-27T17:02:00.000Z');

    // Then the app asked Jira one question, and recorded nothing twice
    expect(paths(calls())).toEqual(['GET /rest/api/3/search/jql']);
    expect((await app.chat(missed)).filter(decidedLine(missed))).toHaveLength(1);
  });

  it('indexes a ledger entry stored before the next due index, so its reminders still go out', async () => {
    // Given an entry as stored before `nextDueAt` existed
    const [older] = waiting;
    if (older === undefined) throw new Error('no waiting CR');
    const place = { area: 'entity' as const, entityName: ENTITIES.ledger };
    const stored = app.host.kvs.get(place, KEYS.ledger(older))?.value as Record<string, unknown>;
    const { nextDueAt: _due, revision: _revision, ...before } = stored;
    app.host.kvs.set(place, KEYS.ledger(older), before);

    // When the hourly reconcile runs
    await app.advanceTo('2026-11-27T18:02:00.000Z');

    // Then the entry has its next due moment again: the 50 % reminder, Monday 19:00Z
    const after = app.host.kvs.get(place, KEYS.ledger(older))?.value as { nextDueAt?: number };
    expect(after.nextDueAt).toBeGreaterThanOrEqual(Date.parse('2026-11-30T19:00:00.000Z'));
    expect(after.nextDueAt).toBeLessThan(Date.parse('2026-11-30T19:01:00.000Z'));

    // And the sweep reminds its approvers then
    await app.advanceTo('2026-11-30T19:02:00.000Z');
    const reminders = (await app.emails(older)).filter((mail) => mail.subject.startsWith('Reminder:'));
    expect(reminders).toHaveLength(1);
  });

  it('still finds a missed decision when a CR in its batch was deleted from Jira', async () => {
    // Given one waiting CR deleted in Jira (its ledger entry stays), and another decision the app missed
    const [, deleted] = waiting;
    if (deleted === undefined) throw new Error('no waiting CR');
    const gone = await fetch(`${app.host.url}/rest/api/3/issue/${deleted}`, {
      method: 'DELETE',
      headers: { authorization: basic(PEOPLE.alex) },
    });
    expect(gone.status).toBe(204);
    const second = await app.raise(PEOPLE.dana, 'Fix another broken link', devPortalChange());
    app.loseEventsFor(second);
    await app.answerInJsm(PEOPLE.pat, second, 'approve');

    // When the hour comes: Jira refuses a search naming the deleted key, and the reconcile narrows its batch
    await app.advanceTo('2026-11-30T20:02:00.000Z');

    // Then the missed decision is recorded all the same
    expect((await app.chat(second)).filter(decidedLine(second))).toHaveLength(1);
  });
});
