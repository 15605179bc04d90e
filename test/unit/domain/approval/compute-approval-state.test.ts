import fc from 'fast-check';
import {
  computeApprovalState,
  parseApprovalPage,
  type ApprovalSnapshot,
  type ApprovalStateInput,
  type RoutedGroup,
} from '../../../../src/domain/approval';
import {
  CAB_OPERATIONS,
  CAB_PAYMENTS,
  CAB_PLATFORM,
  CAB_SECURITY,
  DANA,
  DEMO_MEMBERSHIP,
  DEV,
  ELENA,
  MORGAN,
  OLIVIA,
  PAT,
  PRIYA,
  SAM,
} from './demo-identities';
import { loadJsmFixture } from './load-fixture';
import { makeApproval } from './make-approval';

// payments-api, normal change (docs/demo-site.md): cab-payments and cab-security, one approval each.
const PAYMENTS_API_GROUPS: RoutedGroup[] = [
  { ...CAB_PAYMENTS, approvalsNeeded: 1 },
  { ...CAB_SECURITY, approvalsNeeded: 1 },
];

function fixtureApprovals(name: string): ApprovalSnapshot[] {
  const page = parseApprovalPage(loadJsmFixture(name));
  if (!page.ok) throw new Error(page.message);
  return page.value.values;
}

function stateFor(overrides: Partial<ApprovalStateInput>) {
  return computeApprovalState({
    approvals: [],
    groups: PAYMENTS_API_GROUPS,
    membership: DEMO_MEMBERSHIP,
    requesterAccountId: DANA.accountId,
    ...overrides,
  });
}

function group(state: ReturnType<typeof computeApprovalState>, name: string) {
  const found = state.groups.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no group ${name}`);
  return found;
}

describe('computeApprovalState', () => {
  describe('before the request reaches the approval status', () => {
    it('is not started, pending, with every group at zero and nobody able to answer', () => {
      const state = stateFor({
        approvals: fixtureApprovals('approval-page-empty.json'),
        viewerAccountId: SAM.accountId,
      });

      expect(state.stage).toBe('not-started');
      expect(state.decision).toBe('pending');
      expect(state.decisionSource).toBe('none');
      expect(state.currentApprovalId).toBeNull();
      expect(state.groups.map((g) => [g.name, g.label, g.satisfied])).toEqual([
        ['cab-payments', '0 of 1 approval', false],
        ['cab-security', '0 of 1 approval', false],
      ]);
      expect(state.viewer).toMatchObject({ canAnswer: false, alreadyAnswered: false });
      expect(state.viewer?.reason).toMatch(/not reached the approval status/);
      expect(state.discrepancies).toEqual([]);
    });
  });

  describe('with a pending approval from JSM', () => {
    const approvals = fixtureApprovals('approval-page-pending.json');

    it('counts per group: security has Sam, payments still waits for Priya', () => {
      const state = stateFor({ approvals });

      expect(state.stage).toBe('in-progress');
      expect(state.decision).toBe('pending');
      expect(state.decisionSource).toBe('computed');
      expect(state.currentApprovalId).toBe('7');
      expect(group(state, 'cab-security')).toMatchObject({
        approvedBy: [SAM],
        pending: [ELENA],
        declinedBy: [],
        satisfied: true,
        label: '1 of 1 approval',
        unreachable: false,
        unreachableReason: null,
      });
      expect(group(state, 'cab-payments')).toMatchObject({
        approvedBy: [],
        pending: [PRIYA],
        satisfied: false,
      });
      expect(state.discrepancies).toEqual([]);
    });

    it('labels a group that needs two approvals "1 of 2 approvals"', () => {
      const state = stateFor({ approvals, groups: [{ ...CAB_SECURITY, approvalsNeeded: 2 }] });

      expect(group(state, 'cab-security')).toMatchObject({ label: '1 of 2 approvals', satisfied: false });
    });

    it('lets a pending approver answer and says in which group', () => {
      const state = stateFor({ approvals, viewerAccountId: ELENA.accountId });

      expect(state.viewer).toEqual({
        accountId: ELENA.accountId,
        canAnswer: true,
        alreadyAnswered: false,
        isRequester: false,
        reason: 'Your answer is awaited as a member of cab-security.',
      });
    });

    it('does not let an approver answer twice', () => {
      const state = stateFor({ approvals, viewerAccountId: SAM.accountId });

      expect(state.viewer).toMatchObject({ canAnswer: false, alreadyAnswered: true });
      expect(state.viewer?.reason).toBe('You already approved this change request.');
    });

    it('does not let someone who is not an approver answer', () => {
      const state = stateFor({ approvals, viewerAccountId: OLIVIA.accountId });

      expect(state.viewer).toMatchObject({ canAnswer: false, alreadyAnswered: false, isRequester: false });
      expect(state.viewer?.reason).toMatch(/not an approver/);
    });

    it('does not let the requester answer', () => {
      const state = stateFor({ approvals, viewerAccountId: DANA.accountId });

      expect(state.viewer).toMatchObject({ canAnswer: false, isRequester: true });
      expect(state.viewer?.reason).toMatch(/cannot approve their own change/);
    });

    it('has no viewer when none is given', () => {
      expect(stateFor({ approvals }).viewer).toBeNull();
    });
  });

  describe("when JSM has decided, JSM's finalDecision is authoritative", () => {
    it('approved: both groups satisfied, no discrepancy, nobody can answer any more', () => {
      const state = stateFor({
        approvals: fixtureApprovals('approval-page-approved.json'),
        viewerAccountId: ELENA.accountId,
      });

      expect(state).toMatchObject({ stage: 'decided', decision: 'approved', decisionSource: 'jsm' });
      expect(state.groups.every((g) => g.satisfied)).toBe(true);
      expect(state.discrepancies).toEqual([]);
      expect(state.viewer).toMatchObject({ canAnswer: false, alreadyAnswered: false });
      expect(state.viewer?.reason).toBe('The approval is already approved; no more answers are needed.');
    });

    it('declined: the decliner is listed in their group', () => {
      const state = stateFor({ approvals: fixtureApprovals('approval-page-declined.json') });

      expect(state).toMatchObject({ stage: 'decided', decision: 'declined', decisionSource: 'jsm' });
      expect(group(state, 'cab-payments').declinedBy).toEqual([PRIYA]);
      expect(state.discrepancies).toEqual([]);
    });

    it('approved while our groups are unsatisfied: trusts JSM and records the discrepancy', () => {
      const state = stateFor({
        approvals: [
          makeApproval({
            finalDecision: 'approved',
            answers: [
              [SAM, 'approved'],
              [PRIYA, 'pending'],
            ],
          }),
        ],
      });

      expect(state.decision).toBe('approved');
      expect(state.decisionSource).toBe('jsm');
      expect(state.discrepancies).toEqual([
        'JSM reports the approval as approved, but cab-payments has 0 of 1 approval.',
      ]);
    });

    it('declined without any decline on record: trusts JSM and records the discrepancy', () => {
      const state = stateFor({
        approvals: [
          makeApproval({
            finalDecision: 'declined',
            answers: [
              [SAM, 'approved'],
              [PRIYA, 'pending'],
            ],
          }),
        ],
      });

      expect(state.decision).toBe('declined');
      expect(state.discrepancies).toEqual([
        'JSM reports the approval as declined, but no approver on it has declined.',
      ]);
    });

    it.each(['approved', 'declined'] as const)('always reports JSM final decision %s', (finalDecision) => {
      fc.assert(
        fc.property(
          fc.array(
            fc.tuple(
              fc.constantFrom(SAM, ELENA, PRIYA, MORGAN),
              fc.constantFrom('pending', 'approved', 'declined'),
            ),
          ),
          (answers) => {
            const state = stateFor({ approvals: [makeApproval({ finalDecision, answers })] });
            expect(state.decision).toBe(finalDecision);
            expect(state.decisionSource).toBe('jsm');
          },
        ),
      );
    });
  });

  describe('while JSM is still pending, the count decides', () => {
    it('any decline declines, as JSM does with numberPerPrincipal', () => {
      const state = stateFor({
        approvals: [
          makeApproval({
            answers: [
              [SAM, 'approved'],
              [PRIYA, 'declined'],
            ],
          }),
        ],
      });

      expect(state).toMatchObject({ stage: 'decided', decision: 'declined', decisionSource: 'computed' });
      expect(state.discrepancies).toEqual([
        "JSM still reports the approval as pending, but the approvers' answers make it declined.",
      ]);
    });

    it('all groups satisfied approves', () => {
      const state = stateFor({
        approvals: [
          makeApproval({
            answers: [
              [SAM, 'approved'],
              [PRIYA, 'approved'],
            ],
          }),
        ],
      });

      expect(state).toMatchObject({ decision: 'approved', decisionSource: 'computed' });
    });
  });

  describe('several approval rounds', () => {
    const approvals = fixtureApprovals('approval-page-two-rounds.json');

    it.each([
      ['in JSM order', approvals],
      ['in reverse order', [...approvals].reverse()],
    ])('counts only the latest round (%s)', (_order, rounds) => {
      const state = stateFor({ approvals: rounds, viewerAccountId: SAM.accountId });

      expect(state.currentApprovalId).toBe('9');
      expect(state.earlierRounds).toBe(1);
      expect(state.decision).toBe('pending');
      expect(group(state, 'cab-payments')).toMatchObject({ approvedBy: [PRIYA], declinedBy: [] });
      expect(group(state, 'cab-security')).toMatchObject({ approvedBy: [], pending: [SAM, ELENA] });
      // Sam approved in round one, but may answer again in round two
      expect(state.viewer).toMatchObject({ canAnswer: true, alreadyAnswered: false });
    });
  });

  describe('people and groups that do not line up', () => {
    it('counts a person in two routed groups for both', () => {
      const state = stateFor({
        groups: [
          { ...CAB_PLATFORM, approvalsNeeded: 1 },
          { ...CAB_OPERATIONS, approvalsNeeded: 1 },
        ],
        membership: {
          [CAB_PLATFORM.groupId]: [PAT.accountId],
          [CAB_OPERATIONS.groupId]: [PAT.accountId, OLIVIA.accountId],
        },
        approvals: [
          makeApproval({
            answers: [
              [PAT, 'approved'],
              [OLIVIA, 'pending'],
            ],
          }),
        ],
      });

      expect(state.groups.map((g) => [g.name, g.approvedBy, g.satisfied])).toEqual([
        ['cab-platform', [PAT], true],
        ['cab-operations', [PAT], true],
      ]);
      expect(state.decision).toBe('approved');
    });

    it('reports an approver who is no longer in any routed group and does not count them', () => {
      const state = stateFor({
        approvals: [
          makeApproval({
            answers: [
              [MORGAN, 'approved'],
              [SAM, 'pending'],
            ],
          }),
        ],
      });

      expect(state.outsideGroups).toEqual([{ ...MORGAN, decision: 'approved' }]);
      expect(state.groups.flatMap((g) => g.approvedBy)).toEqual([]);
      expect(state.decision).toBe('pending');
      expect(state.discrepancies).toEqual([
        'Morgan Blake is an approver on the JSM approval (approved) but is not a member of any routed approver group.',
      ]);
    });

    it('marks a group with fewer members than approvals needed as unreachable', () => {
      const state = stateFor({ groups: [{ ...CAB_SECURITY, approvalsNeeded: 3 }] });

      expect(group(state, 'cab-security')).toMatchObject({ unreachable: true, satisfied: false });
      expect(group(state, 'cab-security').unreachableReason).toBe(
        'cab-security needs 3 approvals but has only 2 eligible members; add members to the group or lower the number of approvals in the policy.',
      );
    });

    it('does not count the requester as an eligible member', () => {
      // Dev raised it and is one of cab-platform's two members, so only Pat can approve
      const state = stateFor({
        requesterAccountId: DEV.accountId,
        groups: [{ ...CAB_PLATFORM, approvalsNeeded: 2 }],
      });

      expect(group(state, 'cab-platform').unreachable).toBe(true);
      expect(group(state, 'cab-platform').unreachableReason).toMatch(
        /has only 1 eligible member \(the requester is a member but cannot approve their own change\)/,
      );
    });

    it('says so when no group was routed', () => {
      const state = stateFor({ groups: [], approvals: [makeApproval({ answers: [[SAM, 'pending']] })] });

      expect(state.decision).toBe('pending');
      expect(state.discrepancies).toContain('No approver groups were routed, so no group can be counted.');
    });
  });

  describe('self-approval through JSM', () => {
    it('flags it, does not count it, and still reports JSM decision', () => {
      // Dev Patel raised a dev-portal change and approved it himself with JSM's button
      const state = stateFor({
        approvals: fixtureApprovals('approval-page-self-approved.json'),
        groups: [{ ...CAB_PLATFORM, approvalsNeeded: 1 }],
        requesterAccountId: DEV.accountId,
        viewerAccountId: DEV.accountId,
      });

      expect(state.selfApproval).toBe(true);
      expect(state.decision).toBe('approved');
      expect(group(state, 'cab-platform')).toMatchObject({
        approvedBy: [DEV],
        satisfied: false,
        label: '0 of 1 approval',
      });
      expect(state.discrepancies).toEqual([
        'JSM reports the approval as approved, but cab-platform has 0 of 1 approval.',
        "Dev Patel approved their own change request; the app does not count a requester's approval.",
      ]);
      expect(state.viewer).toMatchObject({ isRequester: true, alreadyAnswered: true, canAnswer: false });
    });

    it('is not flagged when the requester is only a pending approver', () => {
      const state = stateFor({
        approvals: [
          makeApproval({
            answers: [
              [DEV, 'pending'],
              [PAT, 'approved'],
            ],
          }),
        ],
        groups: [{ ...CAB_PLATFORM, approvalsNeeded: 1 }],
        requesterAccountId: DEV.accountId,
        viewerAccountId: DEV.accountId,
      });

      expect(state.selfApproval).toBe(false);
      expect(state.decision).toBe('approved');
      expect(state.viewer).toMatchObject({ canAnswer: false, isRequester: true });
    });
  });
});
