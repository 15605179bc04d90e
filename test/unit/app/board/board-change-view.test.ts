import { boardChangeView, boardStateOf } from '../../../../src/app/board/board-change-view';
import { openChangesJql } from '../../../../src/app/board/open-changes-jql';
import type { LedgerEntry } from '../../../../src/app/ports/store-ports';
import { demoPolicy } from '../../../../src/domain/policy';
import { routeChangeRequest } from '../../../../src/domain/routing';
import { makeChangeRequest } from '../../../factories/make-change-request';

// Tuesday 1 December 2026, 09:00 in London: inside the demo policy's working hours.
const ROUTED_AT = new Date('2026-12-01T09:00:00.000Z');

function entry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  const changeRequest = makeChangeRequest({ affectedSystems: ['payments-api'], risk: 'high' });
  const routing = routeChangeRequest(demoPolicy, changeRequest, ROUTED_AT);
  return {
    issueKey: 'CHG-7',
    issueUrl: 'https://site.example/browse/CHG-7',
    status: 'awaiting-approval',
    changeRequest,
    routing,
    problems: [],
    routedAt: ROUTED_AT.toISOString(),
    deadlineAt: Date.parse(routing.deadline),
    decision: null,
    notifiedAt: ROUTED_AT.toISOString(),
    ...overrides,
  };
}

const noFacts = { members: {}, answers: [] };

describe('a ledger entry on the board', () => {
  it('is open while undecided, and again when its approval went stale', () => {
    expect(boardStateOf(entry())).toBe('awaiting-approval');
    const decided = { outcome: 'approved' as const, at: ROUTED_AT.toISOString(), recordText: 'Approved.' };
    expect(boardStateOf(entry({ status: 'approved', decision: decided }))).toBeNull();
    expect(
      boardStateOf(
        entry({
          status: 'approved',
          decision: decided,
          stale: { since: '2026-12-02T10:00:00Z', headSha: 'a'.repeat(40) },
        }),
      ),
    ).toBe('stale-approval');
    // A decision being published reads as decided already (lifecycle/lifecycle-of.ts)
    expect(boardStateOf(entry({ decision: decided }))).toBeNull();
  });

  it('words its facts, names its systems and counts the groups', () => {
    const view = boardChangeView(
      entry(),
      'awaiting-approval',
      demoPolicy,
      noFacts,
      'someone',
      new Date('2026-12-01T10:00:00Z'),
    );
    expect(view).toMatchObject({
      riskLabel: 'High risk',
      changeTypeLabel: 'Normal change',
      systems: [{ key: 'payments-api', name: 'Payments API' }],
      stateLabel: 'Awaiting approval',
      overdue: false,
      raisedByViewer: false,
      raisedBy: null,
    });
    expect(view.groupsLabel).toMatch(/^0 of \d groups approved$/);
    expect(view.deadline?.overdue).toBe(false);
  });

  it('flags an escalated entry overdue, as the issue property does', () => {
    const overdue = { since: '2026-12-04T09:00:00Z', escalatedAt: '2026-12-04T09:05:00Z', groupIds: [] };
    const view = boardChangeView(
      entry({ overdue }),
      'awaiting-approval',
      demoPolicy,
      noFacts,
      'x',
      new Date('2026-12-04T10:00:00Z'),
    );
    expect(view.overdue).toBe(true);
    expect(view.flags).toContain('Overdue');
  });
});

describe('the JQL for the board filters', () => {
  it('exists for awaiting approval and overdue, with the other filters as clauses', () => {
    const cabPayments =
      demoPolicy.approverGroups.find((group) => group.name === 'cab-payments')?.groupId ?? '';
    expect(
      openChangesJql({ status: 'overdue', group: cabPayments, changeType: 'normal' }, demoPolicy).jql,
    ).toBe(
      'issue.property[async-cab].overdue = "true" AND "Approver groups" = "cab-payments" AND "Change type (CAB)" = "normal" ORDER BY created ASC',
    );
  });

  it('does not exist for states Jira cannot tell apart', () => {
    for (const status of [
      'waiting-for-answers',
      'needs-attention',
      'break-glass',
      'stale-approval',
    ] as const) {
      expect(openChangesJql({ status }, demoPolicy).jql).toBeNull();
    }
    expect(openChangesJql({ system: 'payments-api' }, demoPolicy).jql).toBeNull();
  });

  it('quotes what it is given', () => {
    const jql = openChangesJql({ status: 'awaiting-approval', system: 'a"b\\c' }, demoPolicy).jql;
    expect(jql).toContain('"Affected systems" = "a\\"b\\\\c"');
  });
});
