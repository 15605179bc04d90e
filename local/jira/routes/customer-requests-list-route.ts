import { jsonResponse } from '../../core/http-types';
import { canBrowse } from '../access';
import { canAnswer } from '../approvals/approval-json';
import { jsmError } from '../errors';
import type { JiraSite } from '../jira-site';
import { jsmPage } from '../representations/pages';
import { customerRequestJson } from '../representations/servicedesk-json';
import { intParam, route, type Route } from '../router';
import { listParam } from './issues-routes';

/*
 * `GET /rest/servicedeskapi/request` ("Get customer requests"): with `requestOwnership=APPROVER` and
 * `approvalStatus=MY_PENDING_APPROVAL` it "returns customer requests pending the user's approval"; the
 * approval status is "valid only when used with requestOwnership=APPROVER" (jira.js
 * ServiceDeskParameters.GetCustomerRequests, from Atlassian's JSM REST spec; docs/platform-assumptions.md).
 * The stand-in models that listing only; any other ownership answers 400 naming what it does not model,
 * rather than a list that might be kinder than JSM's.
 */
export function customerRequestsListRoute(site: JiraSite): Route {
  return route('GET', '/rest/servicedeskapi/request', ({ request, actor }) => {
    const ownership = request.query.get('requestOwnership');
    const approvalStatus = request.query.get('approvalStatus');
    if (ownership !== 'APPROVER' || approvalStatus !== 'MY_PENDING_APPROVAL') {
      throw jsmError(
        400,
        'The local JSM stand-in lists customer requests only with requestOwnership=APPROVER and approvalStatus=MY_PENDING_APPROVAL.',
        'sd.request.list.unsupported',
      );
    }
    const start = intParam(request, 'start', 0);
    const limit = intParam(request, 'limit', 50, 100);
    const expand = new Set(listParam(request.query, 'expand'));
    const values = site.approvals.issueIdsPendingFor(actor.accountId).flatMap((issueId) => {
      const issue = site.issues.find(String(issueId));
      const type = issue?.requestTypeId == null ? undefined : site.projects.requestType(issue.requestTypeId);
      if (issue === undefined || type === undefined || !canBrowse(site, actor, issue)) return [];
      // Pending "the user's approval": an approval they can answer now (approval-json.ts `canAnswer`).
      const pending = site.approvals.forIssue(issue.id).some((approval) => canAnswer(approval, issue, actor));
      return pending ? [customerRequestJson(site, issue, type, expand)] : [];
    });
    return jsonResponse(200, jsmPage(site, request.path, values, start, limit));
  });
}
