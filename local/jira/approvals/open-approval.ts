import type { JiraSite } from '../jira-site';
import type { ApproverRecord } from '../store/approvals-store';
import type { IssueRecord } from '../store/issues-store';
import type { ApprovalStep } from '../workflow';
import { statusById } from '../workflow';

/**
 * Creates the approval when the issue enters an approval status, from the Approver groups field at that moment:
 * each member of each group becomes an approver (docs/platform-assumptions.md "created when the issue enters the status").
 */
export function openApproval(site: JiraSite, issue: IssueRecord, step: ApprovalStep, nowMs: number): number {
  const stored = issue.fields[step.fieldId];
  const groupIds = Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  const approvers = new Map<string, ApproverRecord>();
  for (const groupId of groupIds) {
    for (const member of site.users.members(groupId)) {
      if (!member.active || member.accountType === 'app') continue;
      if (step.exclude.includes('reporter') && member.accountId === issue.reporter) continue;
      const existing = approvers.get(member.accountId);
      if (existing) existing.groupIds.push(groupId);
      else
        approvers.set(member.accountId, {
          accountId: member.accountId,
          groupIds: [groupId],
          decision: 'pending',
          decidedMs: null,
        });
    }
  }
  return site.approvals.create({
    issueId: issue.id,
    statusId: step.statusId,
    name: statusById(step.statusId)?.name ?? 'Approval',
    conditionType: step.conditionType,
    conditionValue: step.conditionValue,
    groupIds,
    createdMs: nowMs,
    approvers: [...approvers.values()],
  });
}
