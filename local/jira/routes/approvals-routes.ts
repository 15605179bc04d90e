import { z } from 'zod';
import { jsonResponse } from '../../core/http-types';
import type { Actor } from '../access';
import { requireIssue } from '../access';
import { answerApproval } from '../approvals/answer-approval';
import { approvalJson } from '../approvals/approval-json';
import { jsmError } from '../errors';
import type { JiraSite } from '../jira-site';
import { jsmPage } from '../representations/pages';
import { intParam, jsonBody, route, type Route } from '../router';

const DecisionSchema = z.looseObject({ decision: z.enum(['approve', 'decline']) });

/** `GET /request/{key}/approval`, `GET|POST /request/{key}/approval/{id}` (docs/platform-assumptions.md). */
export function approvalsRoutes(site: JiraSite): Route[] {
  const base = '/rest/servicedeskapi/request/:issueIdOrKey/approval';
  const requireApproval = (actor: Actor, params: Record<string, string>, path: string) => {
    const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', path);
    const id = Number(params['approvalId']);
    const approval = Number.isInteger(id) ? site.approvals.find(issue.id, id) : undefined;
    if (approval === undefined) {
      throw jsmError(
        404,
        'The approval does not exist or you do not have permission to see it.',
        'sd.approval.error.not.found',
      );
    }
    return { issue, approval };
  };
  return [
    route('GET', base, ({ request, actor, params }) => {
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      const values = site.approvals.forIssue(issue.id).map((a) => approvalJson(site, a, issue, actor));
      const start = intParam(request, 'start', 0);
      const limit = intParam(request, 'limit', 50, 100);
      return jsonResponse(200, jsmPage(site, request.path, values, start, limit));
    }),
    route('GET', `${base}/:approvalId`, ({ request, actor, params }) => {
      const { issue, approval } = requireApproval(actor, params, request.path);
      return jsonResponse(200, approvalJson(site, approval, issue, actor));
    }),
    route('POST', `${base}/:approvalId`, ({ request, actor, params }) => {
      const { issue, approval } = requireApproval(actor, params, request.path);
      const body = DecisionSchema.safeParse(jsonBody(request));
      if (!body.success) {
        throw jsmError(
          400,
          "The decision must be 'approve' or 'decline'.",
          'sd.approval.error.decision.invalid',
        );
      }
      answerApproval(site, actor, issue, approval, body.data.decision);
      const after = site.approvals.find(issue.id, approval.id);
      const issueAfter = site.issues.find(String(issue.id));
      if (after === undefined || issueAfter === undefined)
        throw new Error('The approval vanished while answering.');
      return jsonResponse(200, approvalJson(site, after, issueAfter, actor));
    }),
  ];
}
