/**
 * An approver answers as themselves: `POST /rest/servicedeskapi/request/{key}/approval/{id}
 * {"decision": "approve"}` answers 200 with the updated Approval (jira.js `ApprovalDecisionRequestSchema`,
 * docs/platform-assumptions.md; on Cloud the body has only `decision`). Before it, `canAnswerApproval` is true for
 * them (relative to the caller), which is how the app offers the buttons.
 */
import { JsmApprovalSchema } from '../../src/domain/approval';
import { approverEntry, currentApproval } from '../context/approvals';
import { statusOf } from '../context/transition';
import { Mismatch, Prerequisite, pass, type Check } from './check';

export const approvalApproverAnswers: Check = {
  id: 'approval-approver-answers',
  title: 'An approver answering as themselves ({decision: "approve"}) gets 200 and is recorded',
  async run(ctx) {
    const fixture = ctx.approval;
    if (fixture === undefined) throw new Prerequisite('needs the approval opened by approval-opens');
    const approver = ctx.people.approver;
    if (approver === undefined)
      throw new Prerequisite(`needs a member of the approver group: ${ctx.settings.howToGive('approver')}`);
    const approverId = (await ctx.account(approver)).accountId;
    if (!fixture.approverAccountIds.includes(approverId)) {
      throw new Prerequisite(
        `the ${approver.name} is not listed on approval ${fixture.approvalId}: choose a member of the group`,
      );
    }
    const before = await currentApproval(ctx, approver, fixture.issueKey);
    if (before?.canAnswerApproval !== true) {
      throw new Mismatch(
        `canAnswerApproval is ${String(before?.canAnswerApproval)} for the approver before answering`,
      );
    }
    const response = await ctx.http.post(
      approver,
      `/rest/servicedeskapi/request/${encodeURIComponent(fixture.issueKey)}/approval/${encodeURIComponent(fixture.approvalId)}`,
      { decision: 'approve' },
    );
    ctx.expectStatus(response, [200], `the approver answering approval ${fixture.approvalId}`);
    const answered = ctx.body(JsmApprovalSchema, response, 'the answered Approval');
    const own = approverEntry(answered, approverId);
    if (own?.approverDecision !== 'approved') {
      throw new Mismatch(
        `the answer records approverDecision ${own?.approverDecision ?? 'nothing'} for the approver`,
      );
    }
    await ctx.settings.settle();
    return pass(
      `finalDecision ${answered.finalDecision}; ${fixture.issueKey} is now "${await statusOf(ctx, fixture.issueKey)}"`,
    );
  },
};
