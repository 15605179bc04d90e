/**
 * Only the approver can answer, as themselves: the approval "is assumed to be owned by the user making the
 * call", permission "User is assigned to the approval request" (jira.js doc comment of answerApproval,
 * docs/platform-assumptions.md). Someone not in the approver group is refused (403 *inferred* as the status), and so
 * is the requester, whom the approval step leaves out; `canAnswerApproval` is false for both and a
 * refused answer changes nothing. The app relies on JSM for this when it answers `asUser`.
 */
import type { Person } from '../http/jira-http';
import { approverEntry, currentApproval, visibleApproval } from '../context/approvals';
import type { ApprovalFixture, CheckContext } from '../context/check-context';
import { Mismatch, Prerequisite, pass, type Check } from './check';

async function refusedAnswer(
  ctx: CheckContext,
  fixture: ApprovalFixture,
  person: Person,
  allowed: readonly number[],
): Promise<string> {
  const seen = await visibleApproval(ctx, person, fixture.issueKey);
  if (seen === 'not-visible') {
    throw new Prerequisite(
      `the ${person.name} cannot see ${fixture.issueKey} (404), so JSM's approver rule is not reached: choose someone who can browse the project`,
    );
  }
  if (seen?.canAnswerApproval === true)
    throw new Mismatch(`canAnswerApproval is true for the ${person.name}`);
  const response = await ctx.http.post(
    person,
    `/rest/servicedeskapi/request/${encodeURIComponent(fixture.issueKey)}/approval/${encodeURIComponent(fixture.approvalId)}`,
    { decision: 'approve' },
  );
  ctx.expectStatus(response, allowed, `the ${person.name} answering approval ${fixture.approvalId}`);
  return `the ${person.name}'s answer: ${String(response.status)}`;
}

export const approvalRefusesOthers: Check = {
  id: 'approval-refuses-others',
  title: 'A non-approver answering the approval gets 403, the requester is refused too',
  async run(ctx) {
    const fixture = ctx.approval;
    if (fixture === undefined) throw new Prerequisite('needs the approval opened by approval-opens');
    const other = ctx.people.other;
    if (other === undefined)
      throw new Prerequisite(`needs a user outside the approver group: ${ctx.settings.howToGive('other')}`);
    const otherId = (await ctx.account(other)).accountId;
    if (fixture.approverAccountIds.includes(otherId)) {
      throw new Prerequisite(
        `the ${other.name} is an approver of ${fixture.issueKey}: choose someone outside the group`,
      );
    }
    const notes = [await refusedAnswer(ctx, fixture, other, [403])];
    const requester = ctx.people.requester;
    const requesterId = (await ctx.account(requester)).accountId;
    if (fixture.approverAccountIds.includes(requesterId)) {
      notes.push(
        'the requester is listed as an approver (not excluded by the approval step), so their answer was not tried',
      );
    } else {
      // "Refused": JSM's status for someone who is not (or no longer) an approver is not documented.
      notes.push(await refusedAnswer(ctx, fixture, requester, [400, 403]));
    }
    const after = await currentApproval(ctx, ctx.people.admin, fixture.issueKey);
    if (after?.id !== fixture.approvalId || after.finalDecision !== 'pending') {
      throw new Mismatch(
        `after the refused answers the approval is ${after === null ? 'gone' : `${after.id} ${after.finalDecision}`}`,
      );
    }
    const changed = after.approvers.filter((entry) => entry.approverDecision !== 'pending');
    if (changed.length > 0 || approverEntry(after, otherId) !== undefined) {
      throw new Mismatch(`a refused answer changed approval ${after.id}: ${JSON.stringify(after.approvers)}`);
    }
    return pass(...notes);
  },
};
