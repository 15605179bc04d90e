import { PEOPLE, validAnswers } from '../app/app-harness';
import { startSweepHost, type JiraCall, type SweepHost } from './sweep-harness';

/**
 * What the five-minute sweep costs in Jira calls (the host's `appJiraCalls`): only CRs with something due
 * are read. Ten normal k8s changes raised Friday 15:00 GMT have their 50 % reminder on Monday 14:00 in New
 * York (19:00Z, see reminders-and-escalation.test.ts); one raised at 16:30Z has it at 15:30 New York
 * (20:30Z), on its own. Windows are chosen so that no hour boundary (the hourly reconcile) falls inside,
 * unless said.
 */
const FRIDAY_AFTERNOON_LONDON = '2026-11-27T15:00:00.000Z';
const k8sChange = () => validAnswers({ affectedSystems: ['k8s-platform'], risk: 'medium' });
const isReminder = (mail: { subject: string }) => mail.subject.startsWith('Reminder:');
const GROUP_READ = /^\/rest\/api\/3\/group\/member(\?|$)/;
const kinds = (calls: JiraCall[]) =>
  calls.map((call) => `${call.method} ${call.path.split('?')[0]?.replace(/CHG-\d+/, '{key}') ?? ''}`);
const count = (calls: JiraCall[]) =>
  kinds(calls).reduce<Record<string, number>>(
    (counts, kind) => ({ ...counts, [kind]: (counts[kind] ?? 0) + 1 }),
    {},
  );

describe('the deadline sweep costs what is due, not what is pending', () => {
  let app: SweepHost;
  const batch: string[] = [];
  let lone = '';
  beforeAll(async () => {
    app = await startSweepHost(FRIDAY_AFTERNOON_LONDON);
    for (let index = 0; index < 10; index++) {
      batch.push(await app.raise(PEOPLE.dana, `Upgrade node pool ${String(index)}`, k8sChange()));
    }
  });
  afterAll(async () => {
    await app.stop();
  });

  it('makes no Jira call on ticks with 10 CRs pending and nothing due', async () => {
    // Given ten routed CRs whose first reminder is on Monday
    await app.advanceTo('2026-11-27T15:07:00.000Z');
    const calls = app.countJiraCalls();

    // When the sweep runs nine times (15:10 to 15:50)
    await app.advanceTo('2026-11-27T15:58:00.000Z');

    // Then it asked Jira nothing
    expect(calls()).toEqual([]);
  });

  it('reads each group once per run when ten reminders fall due together', async () => {
    // Given a CR raised later, whose reminder comes on its own
    await app.advanceTo('2026-11-27T16:30:00.000Z');
    lone = await app.raise(PEOPLE.dana, 'Rotate the ingress certificates', k8sChange());
    await app.advanceTo('2026-11-30T18:57:00.000Z');
    const calls = app.countJiraCalls();

    // When the 19:00 sweep (and, at the hour, the reconcile) runs
    await app.advanceTo('2026-11-30T19:02:00.000Z');

    // Then each of the ten cost its approvals and its email; each group was read once; one JQL search
    // checked the eleven waiting CRs; the eleventh CR cost nothing else
    expect(count(calls())).toEqual({
      'GET /rest/servicedeskapi/request/{key}/approval': 10,
      'POST /rest/api/3/issue/{key}/notify': 10,
      'GET /rest/api/3/group/member': 2,
      'GET /rest/api/3/search/jql': 1,
    });
    for (const key of batch) expect((await app.emails(key)).filter(isReminder)).toHaveLength(1);
    expect((await app.emails(lone)).filter(isReminder)).toHaveLength(0);
  });

  it('sends a lone due reminder once, for its approvals and its email (plus its groups, once a run)', async () => {
    // Given the eleventh CR's 50 % point is 20:30Z
    await app.advanceTo('2026-11-30T20:27:00.000Z');
    const calls = app.countJiraCalls();

    // When the 20:30 sweep runs, and the next one
    await app.advanceTo('2026-11-30T20:32:00.000Z');
    const due = calls();
    await app.advanceTo('2026-11-30T20:37:00.000Z');

    // Then it was reminded once, at two calls beyond one read of each of its two groups
    expect((await app.emails(lone)).filter(isReminder)).toHaveLength(1);
    const beyondGroups = due.filter((call) => !GROUP_READ.test(call.path));
    expect(kinds(beyondGroups)).toEqual([
      'GET /rest/servicedeskapi/request/{key}/approval',
      'POST /rest/api/3/issue/{key}/notify',
    ]);
    expect(due.filter((call) => GROUP_READ.test(call.path))).toHaveLength(2);
    // And the next run had nothing left to do
    expect(calls().slice(due.length)).toEqual([]);
  });
});
