import { type DecisionRecordInput } from '../../../../src/domain/decision-record';

/**
 * Test-data factory: the record of CHG-12, a normal change to the Payments API
 * approved by cab-payments and cab-security (docs/demo-site.md).
 */
export function makeDecisionRecordInput(overrides: Partial<DecisionRecordInput> = {}): DecisionRecordInput {
  return {
    issueKey: 'CHG-12',
    decision: 'approved',
    decidedAt: '2026-11-20T14:02:00Z',
    timeZone: 'Europe/London',
    approvers: [
      {
        name: 'Sam Rivera',
        accountId: '712020:5e0c1d2a-0000-4000-8000-000000000003',
        group: 'cab-security',
        decision: 'approved',
        comment: 'Token scopes reviewed.',
        decidedAt: '2026-11-20T10:31:00Z',
      },
      {
        name: 'Priya Nair',
        accountId: '712020:5e0c1d2a-0000-4000-8000-000000000006',
        group: 'cab-payments',
        decision: 'approved',
        decidedAt: '2026-11-20T14:02:00Z',
      },
    ],
    conditions: ['Deploy outside the 17:00–19:00 settlement run.'],
    dissent: [],
    context: {
      summary: 'Rotate the card-vault signing key',
      changeType: 'normal',
      risk: 'medium',
      systems: ['Payments API'],
      plannedWindow: { start: '2026-11-21T09:00:00Z', end: '2026-11-21T10:00:00Z' },
      routingReasons: [
        'payments-api requires cab-payments and cab-security',
        'normal change: 1 approval per group',
      ],
    },
    links: {
      pullRequest: {
        url: 'https://github.com/acme/payments-api/pull/412',
        title: 'Rotate signing key (#412)',
      },
      issueUrl: 'https://asynccab-demo.atlassian.net/browse/CHG-12',
    },
    ...overrides,
  };
}
