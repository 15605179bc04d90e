import { computeApprovalState, parseApprovalPage, type ApprovalState } from '../domain/approval';
import type { RoutingResult } from '../domain/routing';
import { UpstreamError } from './errors';
import type { JiraAppPort, JiraPerson } from './ports/jira-port';

/**
 * JSM's approvals for the issue, attributed to the routed groups. JSM listed the approvers on the approval
 * when it was created (docs/platform-assumptions.md), so the membership only sorts them into groups: a recent read of
 * it will do (JiraAppPort.recentGroupMembers).
 */
export async function approvalStateFor(
  jira: JiraAppPort,
  rawApprovals: unknown,
  routing: RoutingResult,
  requesterAccountId: string,
  viewerAccountId?: string,
): Promise<ApprovalState> {
  const page = parseApprovalPage(rawApprovals);
  if (!page.ok)
    throw new UpstreamError(`JSM answered the approvals in an unexpected shape: ${page.message}`, 502);
  const membership: Record<string, string[]> = {};
  for (const group of routing.groups) {
    membership[group.groupId] = (await attributionMembers(jira, group.groupId)).map(
      (member) => member.accountId,
    );
  }
  return computeApprovalState({
    approvals: page.value.values,
    groups: routing.groups,
    membership,
    requesterAccountId,
    ...(viewerAccountId === undefined ? {} : { viewerAccountId }),
  });
}

/** A group's members for attributing approvers (and naming them): recent where the adapter keeps them. */
export function attributionMembers(jira: JiraAppPort, groupId: string): Promise<JiraPerson[]> {
  return jira.recentGroupMembers === undefined
    ? jira.groupMembers(groupId)
    : jira.recentGroupMembers(groupId);
}
