import { getApprovalPanel } from '../../../src/app/get-approval-panel';
import { routeAgain } from '../../../src/app/route-again';
import { demoPolicy } from '../../../src/domain/policy';
import {
  ELENA,
  fakeUser,
  inMemoryAppDeps,
  NOW,
  REQUESTER,
  routedChangeRequest,
  SAM,
} from './fakes/in-memory-app-deps';

const MORGAN = { accountId: 'acc-morgan', displayName: 'Morgan Blake' };
const ALEX = 'acc-alex';

function needsAttention() {
  const fakes = inMemoryAppDeps();
  routedChangeRequest(fakes, 'CHG-5', {
    status: 'needs-attention',
    routing: null,
    problems: ['cab-payments needs 2 approvals but has only 1 eligible member.'],
  });
  fakes.jira.statuses.set('CHG-5', 'Waiting for answers');
  return fakes;
}

describe('routing again', () => {
  it('is for change managers and Jira admins only', async () => {
    const fakes = needsAttention();
    await expect(
      routeAgain(
        fakes.deps,
        { accountId: REQUESTER.accountId, isJiraAdmin: () => Promise.resolve(false) },
        'CHG-5',
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(fakes.ledger.entries.get('CHG-5')?.status).toBe('needs-attention');
    expect(fakes.ledger.claims.size).toBe(0);
  });

  it('takes the CR back through the answers check, as the policy is now', async () => {
    const fakes = needsAttention();
    const changeManagers = demoPolicy.changeTypes.normal.escalation.groupId;
    fakes.jira.members.set(changeManagers, [MORGAN]);

    const outcome = await routeAgain(
      fakes.deps,
      { accountId: MORGAN.accountId, isJiraAdmin: () => Promise.resolve(false) },
      'CHG-5',
    );

    // The fake issue has no CAB answers on its fields: routing waits for them and tells the requester
    expect(outcome.kind).toBe('waiting-for-answers');
    expect(fakes.ledger.entries.get('CHG-5')?.status).toBe('waiting-for-answers');
    expect(fakes.jira.calls).toContain('notify CHG-5');
  });

  it('refuses a CR that does not need attention', async () => {
    const fakes = inMemoryAppDeps();
    routedChangeRequest(fakes, 'CHG-6');
    await expect(
      routeAgain(fakes.deps, { accountId: ALEX, isJiraAdmin: () => Promise.resolve(true) }, 'CHG-6'),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('needs attention') as unknown,
    });
    expect(fakes.ledger.entries.get('CHG-6')?.status).toBe('awaiting-approval');
  });
});

describe('the panel of a decided change request', () => {
  it('shows the decision on the ledger even while JSM’s approval still waits, and asks nobody', async () => {
    const fakes = inMemoryAppDeps();
    routedChangeRequest(fakes, 'CHG-7', {
      status: 'approved',
      decision: {
        outcome: 'approved',
        by: 'silence',
        at: NOW.toISOString(),
        commentId: '3',
        recordText: 'Approved by silence.',
      },
    });
    const panel = await getApprovalPanel(
      fakes.deps,
      fakeUser(fakes.jira, SAM.accountId),
      'CHG-7',
      SAM.accountId,
    );
    expect(panel).toMatchObject({
      phase: 'approved',
      decision: 'approved',
      deadline: null,
      decisionRecord: 'Approved by silence.',
      viewer: {
        canAnswer: false,
        approvalId: null,
        reason: 'This change was approved; a decision never changes.',
      },
    });
    expect(panel.groups.flatMap((group) => group.pending.map((person) => person.displayName))).toEqual(
      expect.arrayContaining([SAM.displayName, ELENA.displayName]),
    );
  });

  it('counts the ECAB’s own answers after break-glass and shows the retrospective deadline only', async () => {
    const fakes = inMemoryAppDeps();
    const deadline = '2026-12-02T10:00:00.000Z';
    routedChangeRequest(fakes, 'CHG-8', {
      status: 'implemented-before-approval',
      breakGlass: {
        byAccountId: REQUESTER.accountId,
        byName: REQUESTER.displayName,
        at: NOW.toISOString(),
        reason: 'Card payments are failing everywhere.',
        retrospectiveDeadline: deadline,
        commentId: '2',
        recordText: 'Implemented before approval.',
        approvalId: '7',
      },
    });
    await fakes.ledger.recordAnswer('CHG-8', {
      accountId: SAM.accountId,
      displayName: SAM.displayName,
      decision: 'approve',
      at: NOW.toISOString(),
      comment: null,
      conditions: [],
    });
    const panel = await getApprovalPanel(
      fakes.deps,
      fakeUser(fakes.jira, ELENA.accountId),
      'CHG-8',
      ELENA.accountId,
    );
    expect(panel.phase).toBe('implemented-before-approval');
    expect(panel.deadline).toMatchObject({ at: deadline, clock: 'wallClock' });
    expect(
      panel.groups.every((group) => group.approvedBy.some((person) => person.accountId === SAM.accountId)),
    ).toBe(true);
    // JSM's own approval was not read: after break-glass the answers are the app's
    expect(fakes.jira.calls.filter((call) => call.startsWith('getApprovals'))).toEqual([]);
  });
});
