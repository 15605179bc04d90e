import { computeApprovalState, parseApprovalPage, type ApprovalState } from '../domain/approval';
import type { RoutingResult } from '../domain/routing';
import { UpstreamError } from './errors';
import type { JiraAppPort } from './ports/jira-port';

/** JSM's approvals for the issue, attributed to the routed groups (membership read now, as JSM does). */
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
    membership[group.groupId] = (await jira.groupMembers(group.groupId)).map((member) => member.accountId);
  }
  return computeApprovalState({
    approvals: page.value.values,
    groups: routing.groups,
    membership,
    requesterAccountId,
    ...(viewerAccountId === undefined ? {} : { viewerAccountId }),
  });
}
