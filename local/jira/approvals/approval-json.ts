import type { Actor } from '../access';
import type { JiraSite } from '../jira-site';
import { jsmDate } from '../representations/jira-dates';
import { jsmUser } from '../representations/user-json';
import type { ApprovalRecord } from '../store/approvals-store';
import type { IssueRecord } from '../store/issues-store';

/**
 * `canAnswerApproval` is relative to the caller: false unless they are a pending approver of an approval that is
 * still pending and whose status the issue is still in (docs/platform-assumptions.md).
 */
export function canAnswer(approval: ApprovalRecord, issue: IssueRecord, actor: Actor): boolean {
  return (
    approval.active &&
    approval.finalDecision === 'pending' &&
    issue.statusId === approval.statusId &&
    approval.approvers.some((a) => a.accountId === actor.accountId && a.decision === 'pending')
  );
}

/** JSM `ApprovalDTO`. */
export function approvalJson(
  site: JiraSite,
  approval: ApprovalRecord,
  issue: IssueRecord,
  actor: Actor,
): Record<string, unknown> {
  return {
    id: String(approval.id),
    name: approval.name,
    finalDecision: approval.finalDecision,
    canAnswerApproval: canAnswer(approval, issue, actor),
    approvers: approval.approvers.flatMap((approver) => {
      const user = site.users.user(approver.accountId);
      return user === undefined
        ? []
        : [{ approver: jsmUser(site, user), approverDecision: approver.decision }];
    }),
    createdDate: jsmDate(approval.createdMs),
    ...(approval.completedMs === null ? {} : { completedDate: jsmDate(approval.completedMs) }),
    _links: { self: `${site.baseUrl}/rest/servicedeskapi/request/${issue.id}/approval/${approval.id}` },
  };
}
