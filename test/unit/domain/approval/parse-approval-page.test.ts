import { parseApprovalPage } from '../../../../src/domain/approval';
import { APPROVAL_PAGE_FIXTURES, loadJsmFixture } from './load-fixture';
import { loadJiraJsPagedApprovalSchema } from './load-jira-js-approval-schema';

describe('parseApprovalPage', () => {
  it.each(APPROVAL_PAGE_FIXTURES)('accepts the JSM response %s, which jira.js also accepts', async (name) => {
    // Given a recorded JSM approval page
    const json = loadJsmFixture(name);
    const jiraJs = await loadJiraJsPagedApprovalSchema();

    // When it is parsed
    const result = parseApprovalPage(json);

    // Then both our schema and the spec-generated one accept it
    expect(jiraJs.safeParse(json).success).toBe(true);
    expect(result.ok).toBe(true);
  });

  it('is checked against a jira.js schema that does reject malformed pages (control)', async () => {
    const jiraJs = await loadJiraJsPagedApprovalSchema();

    expect(jiraJs.safeParse({ values: [{ id: 7, approvers: 'none' }] }).success).toBe(false);
  });

  it('keeps the approvals, their answers and the keys it does not model', () => {
    const result = parseApprovalPage(loadJsmFixture('approval-page-pending.json'));

    if (!result.ok) throw new Error(result.message);
    const [approval] = result.value.values;
    expect(approval?.id).toBe('7');
    expect(approval?.finalDecision).toBe('pending');
    expect(approval?.approvers.map((entry) => [entry.approver.displayName, entry.approverDecision])).toEqual([
      ['Sam Rivera', 'approved'],
      ['Elena Petrova', 'pending'],
      ['Priya Nair', 'pending'],
    ]);
    expect(approval?.createdDate.epochMillis).toBe(Date.UTC(2026, 10, 20, 9, 15));
    expect(approval).toHaveProperty('_links.self');
    expect(result.value.isLastPage).toBe(true);
  });

  it('rejects decision values it does not know, although jira.js accepts them', async () => {
    // Given a page whose finalDecision and one approverDecision are not pending/approved/declined
    const json = loadJsmFixture('approval-page-unknown-decision.json');
    const jiraJs = await loadJiraJsPagedApprovalSchema();

    // When it is parsed
    const result = parseApprovalPage(json);

    // Then jira.js's open enum lets it through but we refuse it, naming each field and value
    expect(jiraJs.safeParse(json).success).toBe(true);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(
      'values[0].finalDecision: finalDecision must be one of pending, approved, declined; got "escalated".',
    );
    expect(result.message).toContain('values[0].approvers[1].approverDecision');
    expect(result.message).toContain('"abstained"');
  });

  it('accepts an approver whose email is hidden by privacy settings (null)', () => {
    const page = {
      values: [
        {
          id: '3',
          name: 'Waiting for approval',
          finalDecision: 'pending',
          canAnswerApproval: false,
          approvers: [
            {
              approver: { accountId: 'a-1', displayName: 'Ann', emailAddress: null },
              approverDecision: 'pending',
            },
          ],
          createdDate: { iso8601: '2026-11-20T09:15:00+0000', epochMillis: 1 },
        },
      ],
    };

    expect(parseApprovalPage(page).ok).toBe(true);
  });

  it('names a missing required field', () => {
    const result = parseApprovalPage({
      values: [{ id: '3', name: 'x', finalDecision: 'pending', canAnswerApproval: true, createdDate: {} }],
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^Unexpected JSM approval page: /);
    expect(result.message).toContain('values[0].approvers');
    expect(result.message).toContain('values[0].createdDate.epochMillis');
  });

  it.each([null, 'approvals', [], { values: 'none' }])('rejects %p, which is not a page', (json) => {
    expect(parseApprovalPage(json).ok).toBe(false);
  });
});
