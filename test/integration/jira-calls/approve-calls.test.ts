import { PEOPLE, startAppHost, validAnswers, type AppHost } from '../app/app-harness';
import { callsDuring, describeCall, type PanelEnvelope } from './jira-calls-harness';

/**
 * One approve click in the panel, until the decision record is written: the answer (as the approver),
 * the approvals after it (as the app, which decides on its own reading), the internal comment, and the
 * issue for the panel the click answers with (as the approver). The answer's reply, JSM's updated approval,
 * stands in for the approver's page.
 */
describe('Jira calls of an approve click', () => {
  let app: AppHost;
  beforeAll(async () => {
    app = await startAppHost();
  });
  afterAll(async () => {
    await app.stop();
  });

  const open = async (issueKey: string) => {
    const panel = (await app.invoke(PEOPLE.priya, issueKey, 'getApprovalPanel', {
      issueKey,
    })) as PanelEnvelope;
    const approvalId = panel.value?.viewer.approvalId;
    if (approvalId == null) throw new Error(`${issueKey}: Priya has no approval to answer`);
    return approvalId;
  };

  it('makes 5 calls when the answer decides: answer, approvals, decision record, the requester email, issue', async () => {
    // Given a routed change request that needs one approval from cab-payments, open in Priya's panel
    const issueKey = await app.raise(PEOPLE.dana, 'Tune the checkout cache', validAnswers());
    const approvalId = await open(issueKey);

    // When Priya approves
    let panel: PanelEnvelope | undefined;
    const calls = await callsDuring(app, async () => {
      panel = (await app.invoke(PEOPLE.priya, issueKey, 'answerApproval', {
        issueKey,
        approvalId,
        decision: 'approve',
      })) as PanelEnvelope;
    });

    // Then the decision record was written and the requester told with 5 Jira calls, each by the principal
    // it belongs to
    expect(calls.map(describeCall)).toEqual([
      `user(${PEOPLE.priya.accountId}) POST /rest/servicedeskapi/request/${issueKey}/approval/${approvalId}`,
      `app GET /rest/servicedeskapi/request/${issueKey}/approval`,
      `app POST /rest/api/3/issue/${issueKey}/comment`,
      `app POST /rest/api/3/issue/${issueKey}/notify`,
      `user(${PEOPLE.priya.accountId}) GET /rest/api/3/issue/${issueKey}`,
    ]);
    expect(panel?.value).toMatchObject({ status: 'Approved', decision: 'approved' });
    expect(panel?.value?.decisionRecord).toMatch(/approved/i);
  });

  it('makes 2 calls when other groups still have to answer: the answer and the issue', async () => {
    // Given a change request on cab-payments and cab-security
    const issueKey = await app.raise(PEOPLE.dana, 'Rotate the payments API keys', {
      ...validAnswers({ affectedSystems: ['payments-api'] }),
    });
    const approvalId = await open(issueKey);

    // When Priya (cab-payments) approves
    let panel: PanelEnvelope | undefined;
    const calls = await callsDuring(app, async () => {
      panel = (await app.invoke(PEOPLE.priya, issueKey, 'answerApproval', {
        issueKey,
        approvalId,
        decision: 'approve',
      })) as PanelEnvelope;
    });

    // Then JSM's reply said the approval is still pending: nothing to record, and the panel shows her answer
    expect(calls.map(describeCall)).toEqual([
      `user(${PEOPLE.priya.accountId}) POST /rest/servicedeskapi/request/${issueKey}/approval/${approvalId}`,
      `user(${PEOPLE.priya.accountId}) GET /rest/api/3/issue/${issueKey}`,
    ]);
    expect(panel?.value).toMatchObject({ decision: 'pending', viewer: { canAnswer: false } });
    expect(panel?.value?.groups.flatMap((group) => group.approvedBy.map((p) => p.accountId))).toEqual([
      PEOPLE.priya.accountId,
    ]);
  });
});
