import type { ApprovalGroupView } from '@async-cab/shared/client';
import { answerPayload, conditionsFrom } from '../../../static/portal-status/src/answer-payload';
import { describeGroup, listNames } from '../../../static/portal-status/src/describe-group';

const person = (displayName: string) => ({ accountId: `id-${displayName}`, displayName });

function group(overrides: Partial<ApprovalGroupView>): ApprovalGroupView {
  return {
    groupId: 'g',
    name: 'cab-security',
    needed: 1,
    approvedBy: [],
    declinedBy: [],
    pending: [],
    label: '0 of 1 approval',
    satisfied: false,
    unreachable: null,
    ...overrides,
  };
}

describe('describeGroup: one approver group as a sentence', () => {
  it('says who approved and who is pending', () => {
    expect(
      describeGroup(
        group({
          label: '1 of 2 approvals',
          approvedBy: [person('Sam Rivera')],
          pending: [person('Elena Petrova')],
        }),
      ),
    ).toBe('cab-security: 1 of 2 approvals — Sam Rivera approved; pending: Elena Petrova');
  });

  it('says who declined, and lists several names in plain English', () => {
    expect(
      describeGroup(
        group({
          name: 'cab-operations',
          declinedBy: [person('Olivia Chen')],
          pending: [person('A'), person('B'), person('C')],
        }),
      ),
    ).toBe('cab-operations: 0 of 1 approval — Olivia Chen declined; pending: A, B and C');
    expect(listNames([person('A'), person('B')])).toBe('A and B');
  });

  it('stops listing pending members once the group has its approvals', () => {
    expect(
      describeGroup(
        group({
          label: '1 of 1 approval',
          satisfied: true,
          approvedBy: [person('Sam Rivera')],
          pending: [person('Elena Petrova')],
        }),
      ),
    ).toBe('cab-security: 1 of 1 approval — Sam Rivera approved');
  });

  it('shows only the count when nobody is listed', () => {
    expect(describeGroup(group({}))).toBe('cab-security: 0 of 1 approval');
  });
});

describe('answerPayload: what Approve and Decline send', () => {
  it('leaves out an empty comment and empty conditions', () => {
    expect(
      answerPayload({
        issueKey: 'CHG-4',
        approvalId: '7',
        decision: 'approve',
        comment: '  ',
        conditions: '\n \n',
      }),
    ).toEqual({ issueKey: 'CHG-4', approvalId: '7', decision: 'approve' });
  });

  it('sends the trimmed comment and one condition per non-empty line', () => {
    expect(
      answerPayload({
        issueKey: 'CHG-4',
        approvalId: '7',
        decision: 'decline',
        comment: ' Too risky this week. ',
        conditions: 'Deploy after 18:00\n\n  Page on-call first  ',
      }),
    ).toEqual({
      issueKey: 'CHG-4',
      approvalId: '7',
      decision: 'decline',
      comment: 'Too risky this week.',
      conditions: ['Deploy after 18:00', 'Page on-call first'],
    });
    expect(conditionsFrom('')).toEqual([]);
  });
});
