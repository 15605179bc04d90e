/**
 * JSM approvals read exactly as the app reads them: `GET /rest/servicedeskapi/request/{key}/approval`
 * validated with the app's own schema and the current round chosen by the app's rule
 * (src/domain/approval: parseApprovalPage, selectCurrentApproval; docs/platform-assumptions.md).
 */
import { parseApprovalPage, selectCurrentApproval, type JsmApproval } from '../../src/domain/approval';
import { Mismatch } from '../checks/check';
import { describeResponse, type Person } from '../http/jira-http';
import type { CheckContext } from './check-context';

export async function currentApproval(
  ctx: CheckContext,
  as: Person,
  issueKey: string,
): Promise<JsmApproval | null> {
  const seen = await visibleApproval(ctx, as, issueKey);
  if (seen === 'not-visible') throw new Mismatch(`the ${as.name} cannot see ${issueKey}'s approvals (404)`);
  return seen;
}

/** The current approval, or 'not-visible' when JSM answers 404 (the caller cannot see the request). */
export async function visibleApproval(
  ctx: CheckContext,
  as: Person,
  issueKey: string,
): Promise<JsmApproval | null | 'not-visible'> {
  const response = await ctx.http.get(
    as,
    `/rest/servicedeskapi/request/${encodeURIComponent(issueKey)}/approval`,
  );
  if (response.status === 404) return 'not-visible';
  ctx.expectStatus(response, [200], `GET …/request/${issueKey}/approval as the ${as.name}`);
  const page = parseApprovalPage(response.json);
  if (!page.ok) throw new Mismatch(`${page.message} (${describeResponse(response)})`);
  return selectCurrentApproval(page.value.values);
}

/** The approver entry of one account, if listed. */
export function approverEntry(
  approval: JsmApproval,
  accountId: string,
): JsmApproval['approvers'][number] | undefined {
  return approval.approvers.find((entry) => entry.approver.accountId === accountId);
}
