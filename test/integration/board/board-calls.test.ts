import { PEOPLE, validAnswers } from '../app/app-harness';
import { describeCall } from '../jira-calls/jira-calls-harness';
import { startBoardHost, valueOf, type BoardHost } from './board-harness';

/**
 * Jira calls per view of the Async CAB page and its gadget: the board reads the ledger's indexes, so its cost
 * does not grow with the number of change requests: JSM's "pending my approval" list and one permission
 * check per project, as the viewer, plus each routed group's members when their cached read is older than
 * ten minutes.
 */
const TUESDAY_MORNING_LONDON = '2026-12-01T09:00:00.000Z';
// The host's call log keeps paths without their query: `?requestOwnership=APPROVER&approvalStatus=
// MY_PENDING_APPROVAL&start=0&limit=50` and `?projectKey=CHG&permissions=BROWSE_PROJECTS`.
const PENDING_LIST = '/rest/servicedeskapi/request';
const BROWSE_CHG = '/rest/api/3/mypermissions';

describe('Jira calls of the Async CAB page and gadget', () => {
  let app: BoardHost;
  beforeAll(async () => {
    app = await startBoardHost(TUESDAY_MORNING_LONDON);
    // Twelve change requests on four groups, so a cost per change request would show.
    for (let n = 1; n <= 6; n++) await app.raise(PEOPLE.dana, `Checkout fix ${String(n)}`, validAnswers());
    for (let n = 1; n <= 6; n++)
      await app.raise(
        PEOPLE.dana,
        `Cluster fix ${String(n)}`,
        validAnswers({ affectedSystems: ['k8s-platform'] }),
      );
  });
  afterAll(async () => {
    await app.stop();
  });

  const page = async (as: typeof PEOPLE.priya) => {
    valueOf(await app.board(as, 'getWaitingForMe', {}));
    valueOf(await app.board(as, 'getOpenChanges', {}));
  };

  it('a page view with warm caches: 2 calls as the viewer, whatever the number of change requests', async () => {
    await page(PEOPLE.priya);
    const calls = await app.callsDuring(() => page(PEOPLE.priya));
    expect(calls.map(describeCall)).toEqual([
      `user(${PEOPLE.priya.accountId}) GET ${PENDING_LIST}`,
      `user(${PEOPLE.priya.accountId}) GET ${BROWSE_CHG}`,
    ]);
  });

  it('the gadget with warm caches: the same 2 calls', async () => {
    const calls = await app.callsDuring(async () =>
      valueOf(await app.board(PEOPLE.olivia, 'getBoardGadget', {}, 'gadget')),
    );
    expect(calls.map(describeCall).sort()).toEqual(
      [
        `user(${PEOPLE.olivia.accountId}) GET ${PENDING_LIST}`,
        `user(${PEOPLE.olivia.accountId}) GET ${BROWSE_CHG}`,
      ].sort(),
    );
  });

  it('with the group members ten minutes old: one members read per routed group more, as the app', async () => {
    await app.advanceTo('2026-12-01T09:11:00.000Z');
    const calls = await app.callsDuring(() => page(PEOPLE.priya));
    const members = calls.filter((call) => call.path.startsWith('/rest/api/3/group/member'));
    // cab-payments (Checkout web), cab-platform and cab-operations (Kubernetes platform), change-managers (escalation)
    expect(members.every((call) => call.caller === 'app')).toBe(true);
    expect(members.length).toBeGreaterThan(0);
    expect(members.length).toBeLessThanOrEqual(4);
    expect(calls.filter((call) => call.caller === 'user')).toHaveLength(2);
  });
});
