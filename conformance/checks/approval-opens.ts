/**
 * Routing writes Approver groups with Edit issue (`{fields: {<id>: [{groupId}]}}`) and then moves the CR into
 * the approval status; JSM creates the approval "when the issue enters the status", from the field at that
 * moment, and lists each member of each group as an approver (docs/platform-assumptions.md; *inferred*: "for group
 * sources approvers[] lists individual users [K, verify]"). Whether the reporter is left out is the approval
 * step's `exclude` setting, so it is noted rather than required.
 */
import { approverEntry, currentApproval } from '../context/approvals';
import { groupIdByName, groupMemberIds } from '../context/groups';
import { statusOf, transitionTo } from '../context/transition';
import { Mismatch, Prerequisite, pass, type Check } from './check';

export const approvalOpens: Check = {
  id: 'approval-opens',
  title:
    'Approver groups set by Edit issue, then the transition into approval, opens an approval of its members',
  async run(ctx) {
    const groupName = ctx.settings.approverGroupName;
    if (groupName === undefined)
      throw new Prerequisite(`needs an approver group: ${ctx.settings.howToGive('approverGroup')}`);
    const field = (await ctx.fieldCatalog()).approverGroups;
    if (field === undefined)
      throw new Prerequisite('the site lists no Approver groups field (see field-discovery-jsm)');
    const groupId = await groupIdByName(ctx, groupName);
    const members = await groupMemberIds(ctx, groupId);
    if (members.length === 0) throw new Prerequisite(`group "${groupName}" has no active members`);

    const issue = await ctx.createRequest('approval');
    const reporter = (await ctx.account(ctx.people.requester)).accountId;
    const edit = await ctx.http.put(
      ctx.people.admin,
      `/rest/api/3/issue/${encodeURIComponent(ctx.ownIssue(issue.key).key)}`,
      {
        fields: { [field.id]: [{ groupId }] },
      },
    );
    ctx.expectStatus(edit, [204], `Edit issue ${issue.key} setting ${field.id} (Approver groups)`);
    await ctx.settings.settle();
    await transitionTo(ctx, issue.key, ctx.settings.approvalStatusName);
    await ctx.settings.settle();
    const status = await statusOf(ctx, issue.key);
    if (status !== ctx.settings.approvalStatusName) {
      throw new Mismatch(
        `after the transition ${issue.key} is in "${status}", not "${ctx.settings.approvalStatusName}"`,
      );
    }

    const approval = await currentApproval(ctx, ctx.people.admin, issue.key);
    if (approval === null) throw new Mismatch(`no approval on ${issue.key} after it entered "${status}"`);
    if (approval.finalDecision !== 'pending') {
      throw new Mismatch(`the new approval ${approval.id} is already ${approval.finalDecision}`);
    }
    const listed = approval.approvers.map((entry) => entry.approver.accountId);
    const strangers = listed.filter((accountId) => !members.includes(accountId));
    const missing = members.filter((accountId) => accountId !== reporter && !listed.includes(accountId));
    if (strangers.length > 0 || missing.length > 0) {
      throw new Mismatch(
        `approval ${approval.id} lists ${listed.length} approvers for the ${members.length} members of "${groupName}"${strangers.length > 0 ? `; not members: ${strangers.join(', ')}` : ''}${missing.length > 0 ? `; members not listed: ${missing.join(', ')}` : ''}`,
      );
    }
    const decided = approval.approvers.filter((entry) => entry.approverDecision !== 'pending');
    if (decided.length > 0)
      throw new Mismatch(
        `approvers already decided on a new approval: ${decided.map((e) => e.approver.accountId).join(', ')}`,
      );
    const notes = [
      `${issue.key}: approval ${approval.id} "${approval.name}" lists the ${listed.length} member(s) of "${groupName}"`,
    ];
    if (members.includes(reporter)) {
      notes.push(
        approverEntry(approval, reporter) === undefined
          ? 'the reporter is a member and is left out (the approval step excludes the reporter)'
          : 'the reporter is a member and is listed (the approval step does not exclude the reporter)',
      );
    }
    ctx.approval = { issueKey: issue.key, approvalId: approval.id, groupId, approverAccountIds: listed };
    return pass(...notes);
  },
};
