/**
 * Test-data factory for the issue panel's view model: a pending Normal change on
 * the payments API with two groups, the viewer an approver who may answer. Tests override what they need.
 */
import type { ApprovalPanelView } from '@async-cab/shared/client';

export const SAM = { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000003', displayName: 'Sam Rivera' };
export const ELENA = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000004',
  displayName: 'Elena Petrova',
};
export const PRIYA = { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000006', displayName: 'Priya Nair' };
export const DANA = { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000001', displayName: 'Dana Lee' };

export type PanelOverrides = Partial<Omit<ApprovalPanelView, 'viewer' | 'evidence'>> & {
  viewer?: Partial<ApprovalPanelView['viewer']>;
  evidence?: Partial<ApprovalPanelView['evidence']>;
};

export function makeApprovalPanel(overrides: PanelOverrides = {}): ApprovalPanelView {
  const { viewer, evidence, ...rest } = overrides;
  return {
    issueKey: 'CHG-12',
    status: 'Awaiting approval',
    phase: 'awaiting-approval',
    routing: { state: 'routed', routedAt: '2025-11-25T09:00:00Z' },
    decision: 'pending',
    groups: [
      {
        groupId: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1003',
        name: 'cab-payments',
        needed: 1,
        approvedBy: [],
        declinedBy: [],
        pending: [PRIYA],
        label: '0 of 1 approvals',
        satisfied: false,
        unreachable: null,
      },
      {
        groupId: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1001',
        name: 'cab-security',
        needed: 2,
        approvedBy: [ELENA],
        declinedBy: [],
        pending: [SAM],
        label: '1 of 2 approvals',
        satisfied: false,
        unreachable: null,
      },
    ],
    deadline: {
      at: '2025-11-25T17:00:00Z',
      display: 'Tue 25 Nov 17:00 GMT',
      timeZone: 'Europe/London',
      minutesLeft: 320,
      label: '5 h 20 min of working time left',
      overdue: false,
      clock: 'business',
    },
    evidence: {
      summary: 'Rotate the payments API signing key',
      changeType: 'normal',
      risk: 'High',
      systems: [{ key: 'payments-api', name: 'Payments API' }],
      plannedWindow: {
        start: '2025-11-26T18:00:00Z',
        end: '2025-11-26T19:00:00Z',
        timeZone: 'Europe/London',
        display: 'Wed 26 Nov 18:00–19:00 GMT',
      },
      tested: true,
      evidenceUrl: 'https://ci.example.com/runs/4821',
      notTestedReason: null,
      rollbackPlan: 'Re-enable the previous key in the key store; both keys are valid for 24 hours.',
      consequenceOfNotReleasing:
        'The current signing key expires on 28 November. After that every card payment fails signature ' +
        'checks at the acquirer, which stops all checkout traffic until a new key is deployed. The next ' +
        'regular change window is 2 December, four days after expiry, so waiting is not an option here.',
      pullRequest: { url: 'https://github.com/acme/payments-api/pull/481', label: 'acme/payments-api#481' },
      requester: DANA,
      ...evidence,
    },
    viewer: {
      accountId: SAM.accountId,
      canAnswer: true,
      approvalId: '7',
      isRequester: false,
      reason: 'You are asked to approve for cab-security.',
      ...viewer,
    },
    reasons: [
      'Payments API is affected: cab-payments and cab-security approve it.',
      'Normal change: 1 approval per group, cab-security needs 2 because the risk is high.',
      'Deadline: 8 working hours in Europe/London from 09:00.',
    ],
    decisionRecord: null,
    ...rest,
  };
}
