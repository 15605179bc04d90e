import type { WaitingForMeView } from '../../../src/shared/board-view-models';
import { PEOPLE, validAnswers, type Person } from '../app/app-harness';
import { startBoardHost, valueOf, type BoardHost } from './board-harness';

/**
 * "Waiting for me" through the local host: JSM says whose approval a request is pending; the ledger adds
 * the retrospective approvals after break-glass and the objection window of silence as consent.
 * Tuesday 1 December, 09:00 in London: inside everyone's working hours.
 */
const TUESDAY_MORNING_LONDON = '2026-12-01T09:00:00.000Z';
const REASON = 'Alerting is down for every production cluster; this reverts the broken exporter config.';

describe('Waiting for me', () => {
  let app: BoardHost;
  beforeAll(async () => {
    app = await startBoardHost(TUESDAY_MORNING_LONDON);
  });
  afterAll(async () => {
    await app.stop();
  });

  const waitingFor = async (as: Person) =>
    valueOf(await app.board<WaitingForMeView>(as, 'getWaitingForMe', {}));
  const keysOf = (view: WaitingForMeView) => view.items.map((item) => item.issueKey);

  it('shows an approver the change their group must approve, in words, and nothing to its requester', async () => {
    // Given Dana raised a normal, medium-risk change to Checkout web (cab-payments approves it)
    const key = await app.raise(PEOPLE.dana, 'Tune the checkout cache', validAnswers());

    // When Priya (cab-payments) opens the Async CAB page
    const priya = await waitingFor(PEOPLE.priya);

    // Then the change waits for her, asked as cab-payments, with its working time left and its facts in words
    const item = priya.items.find((candidate) => candidate.issueKey === key);
    expect(item).toMatchObject({
      ask: 'approve',
      askLabel: 'Approve or decline as cab-payments',
      summary: 'Tune the checkout cache',
      riskLabel: 'Medium risk',
      changeTypeLabel: 'Normal change',
      systems: [{ key: 'checkout-web', name: 'Checkout web' }],
      stateLabel: 'Awaiting approval',
      groupsLabel: '0 of 1 group approved',
    });
    expect(item?.deadline?.label).toMatch(/working (time|days?).* left$/);
    expect(item?.dueAt).toBe(item?.deadline?.at);
    // And nothing waits for Dana, who raised it, or for Sam, whose group is not asked
    expect(keysOf(await waitingFor(PEOPLE.dana))).not.toContain(key);
    expect(keysOf(await waitingFor(PEOPLE.sam))).not.toContain(key);
  });

  it('drops a change once the approver answered, in the panel or with JSM’s own buttons', async () => {
    // Given two changes to the Payments API wait for Priya (cab-payments and cab-security approve them)
    const inPanel = await app.raise(
      PEOPLE.dana,
      'Rotate the payments API keys',
      validAnswers({ affectedSystems: ['payments-api'] }),
    );
    const inJsm = await app.raise(
      PEOPLE.dana,
      'Raise the payments API timeout',
      validAnswers({ affectedSystems: ['payments-api'] }),
    );
    expect(keysOf(await waitingFor(PEOPLE.priya))).toEqual(expect.arrayContaining([inPanel, inJsm]));

    // When she approves one in the issue panel and the other with JSM's own approve button
    const panel = await app.call<{ viewer: { approvalId: string | null } }>(
      PEOPLE.priya,
      inPanel,
      'getApprovalPanel',
      { issueKey: inPanel },
    );
    const approvalId = valueOf(panel).viewer.approvalId;
    valueOf(
      await app.call(PEOPLE.priya, inPanel, 'answerApproval', {
        issueKey: inPanel,
        approvalId,
        decision: 'approve',
      }),
    );
    await app.answerInJsm(PEOPLE.priya, inJsm, 'approve');

    // Then neither waits for her any more, while both still wait for Sam (cab-security)
    const priya = keysOf(await waitingFor(PEOPLE.priya));
    expect(priya).not.toContain(inPanel);
    expect(priya).not.toContain(inJsm);
    const sam = await waitingFor(PEOPLE.sam);
    expect(keysOf(sam)).toEqual(expect.arrayContaining([inPanel, inJsm]));
    // And the answer given in the panel counts on the board: cab-payments approved, cab-security pending
    expect(sam.items.find((item) => item.issueKey === inPanel)?.groupsLabel).toBe('1 of 2 groups approved');
  });

  it('lists the oldest deadline first', async () => {
    const items = (await waitingFor(PEOPLE.sam)).items;
    const due = items.map((item) => Date.parse(item.dueAt ?? ''));
    expect(due).toEqual([...due].sort((a, b) => a - b));
  });

  it('offers a change manager the objection window of a change silence would approve', async () => {
    // Given a standard, low-risk change: silence approves it after 16 working hours unless someone objects
    const key = await app.raise(
      PEOPLE.dana,
      'Renew the checkout TLS certificate',
      validAnswers({ changeType: 'standard', risk: 'low' }),
    );

    // Then Morgan (change manager, not an approver) may object until the window closes
    const morgan = (await waitingFor(PEOPLE.morgan)).items.find((item) => item.issueKey === key);
    expect(morgan?.ask).toBe('object');
    expect(morgan?.flags).toContain('Silence is consent');
    expect(Date.parse(morgan?.dueAt ?? '')).toBeGreaterThan(Date.parse(TUESDAY_MORNING_LONDON));
    // And Priya, its approver, is asked to approve (JSM lists her)
    expect((await waitingFor(PEOPLE.priya)).items.find((item) => item.issueKey === key)?.ask).toBe('approve');

    // When Morgan objects, it no longer waits for him
    valueOf(
      await app.call(PEOPLE.morgan, key, 'objectToChange', {
        issueKey: key,
        reason: 'The certificate chain changes too.',
      }),
    );
    expect(keysOf(await waitingFor(PEOPLE.morgan))).not.toContain(key);
  });

  it('asks the emergency approvers for their retrospective answer after break-glass, until they give it', async () => {
    // Given Dana implemented an emergency change before the ECAB answered
    const key = await app.raiseEmergency(
      PEOPLE.dana,
      'Revert the metrics exporter',
      validAnswers({ affectedSystems: ['observability'], changeType: 'emergency', risk: 'high' }),
    );
    valueOf(await app.call(PEOPLE.dana, key, 'implementNow', { issueKey: key, reason: REASON }));

    // Then Olivia (cab-operations, ECAB) is asked retrospectively, by the retrospective deadline
    const olivia = (await waitingFor(PEOPLE.olivia)).items.find((item) => item.issueKey === key);
    expect(olivia).toMatchObject({
      ask: 'retrospective',
      state: 'break-glass',
      stateLabel: 'Implemented, approval pending',
      emergency: true,
    });
    expect(olivia?.flags).toContain('Emergency');
    expect(olivia?.askLabel).toContain('retrospectively as cab-operations');
    expect(olivia?.deadline?.clock).toBe('wallClock');

    // When she approves in the panel, it leaves her list
    const panel = await app.call<{ viewer: { approvalId: string | null } }>(
      PEOPLE.olivia,
      key,
      'getApprovalPanel',
      { issueKey: key },
    );
    valueOf(
      await app.call(PEOPLE.olivia, key, 'answerApproval', {
        issueKey: key,
        approvalId: valueOf(panel).viewer.approvalId,
        decision: 'approve',
      }),
    );
    expect(keysOf(await waitingFor(PEOPLE.olivia))).not.toContain(key);
  });

  it('shows the gadget the first five and the count', async () => {
    // Given six more changes wait for Priya
    for (let n = 1; n <= 6; n++)
      await app.raise(PEOPLE.dana, `Checkout copy fix ${String(n)}`, validAnswers());
    const page = await waitingFor(PEOPLE.priya);

    // When her dashboard gadget loads
    const gadget = valueOf(
      await app.board<{ waiting: { issueKey: string }[]; waitingCount: number; overdueCount: number }>(
        PEOPLE.priya,
        'getBoardGadget',
        {},
        'gadget',
      ),
    );

    // Then it shows the same count, the first five of the page's list, and the team's overdue count
    expect(gadget.waitingCount).toBe(page.count);
    expect(gadget.waitingCount).toBeGreaterThan(5);
    expect(gadget.waiting.map((item) => item.issueKey)).toEqual(keysOf(page).slice(0, 5));
    expect(gadget.overdueCount).toBe(0);
  });
});
