/**
 * The real app in the local host: after the deadline sweep escalates a CR, JQL on the indexed deadline
 * (`issue.property[async-cab].deadline`, search alias `cabDeadline`) finds it, because the app writes the
 * date in the form Jira indexes (no milliseconds); a deadline written with milliseconds is not found.
 */
import { PEOPLE, basic, validAnswers } from '../app/app-harness';
import { startSweepHost, type SweepHost } from '../sweeps/sweep-harness';

// Routed Friday 27 Nov 15:00Z on New York business hours: due Wednesday 2 Dec 15:00Z (reminders-and-escalation).
const FRIDAY_AFTERNOON_LONDON = '2026-11-27T15:00:00.000Z';
const AFTER_DEADLINE = '2026-12-02T15:05:00.000Z';

describe('JQL on the indexed deadline of an overdue CR', () => {
  let app: SweepHost;
  let overdue: string;
  let withMilliseconds: string;
  beforeAll(async () => {
    app = await startSweepHost(FRIDAY_AFTERNOON_LONDON);
    const answers = validAnswers({ affectedSystems: ['k8s-platform'], risk: 'medium' });
    overdue = await app.raise(PEOPLE.dana, 'Upgrade the ingress controller', answers);
    withMilliseconds = await app.raise(PEOPLE.dana, 'Rotate the cluster certificates', answers);
    await app.advanceTo(AFTER_DEADLINE);
    // Another writer's property with toISOString()'s milliseconds, on a CR the sweep also escalated
    const put = await fetch(`${app.host.url}/rest/api/3/issue/${withMilliseconds}/properties/async-cab`, {
      method: 'PUT',
      headers: { authorization: basic(PEOPLE.alex), 'content-type': 'application/json' },
      body: JSON.stringify({ overdue: 'true', deadline: '2026-12-02T15:00:00.000Z' }),
    });
    expect(put.status).toBe(200);
  });
  afterAll(async () => {
    await app.stop();
  });

  it('finds the escalated CR by its deadline, by path and by search alias', async () => {
    // Given the sweep escalated the CR (the overdue flag is set)
    expect(await app.jql('project = CHG AND cabOverdue = true')).toEqual(
      expect.arrayContaining([overdue, withMilliseconds]),
    );

    // Then the deadline the app wrote is indexed as a date
    expect(
      await app.jql('project = CHG AND issue.property[async-cab].deadline < "2026-12-02 15:05"'),
    ).toEqual([overdue]);
    expect(await app.jql('project = CHG AND cabDeadline = "2026-12-02T15:00:00Z"')).toEqual([overdue]);
  });

  it('does not find a deadline written with milliseconds', async () => {
    expect(await app.jql('project = CHG AND cabDeadline is EMPTY')).toEqual([withMilliseconds]);
  });
});
