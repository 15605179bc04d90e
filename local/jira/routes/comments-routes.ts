import { z } from 'zod';
import { jsonResponse } from '../../core/http-types';
import type { Actor } from '../access';
import { isAgent, requireIssue } from '../access';
import { INVALID_PAYLOAD, platformError } from '../errors';
import type { JiraSite } from '../jira-site';
import { jiraDateTime } from '../representations/jira-dates';
import { platformUserById } from '../representations/user-json';
import { intParam, jsonBody, route, type Route } from '../router';
import type { CommentRecord } from '../store/comments-store';
import type { IssueRecord } from '../store/issues-store';

const AdfDocSchema = z.looseObject({
  type: z.literal('doc'),
  version: z.literal(1),
  content: z.array(z.unknown()),
});
const CommentBodySchema = z.looseObject({
  body: z.unknown(),
  properties: z.array(z.looseObject({ key: z.string(), value: z.unknown() })).optional(),
});
const InternalPropertySchema = z.looseObject({ internal: z.boolean() });

/** Platform `Comment`. */
export function platformCommentJson(
  site: JiraSite,
  issue: IssueRecord,
  comment: CommentRecord,
): Record<string, unknown> {
  const author = platformUserById(site, comment.author);
  return {
    self: `${site.baseUrl}/rest/api/3/issue/${issue.id}/comment/${comment.id}`,
    id: comment.id,
    ...(author ? { author, updateAuthor: author } : {}),
    body: comment.body,
    created: jiraDateTime(comment.createdMs),
    updated: jiraDateTime(comment.createdMs),
    jsdPublic: comment.isPublic,
  };
}

/** Customers (non-agents) see public comments only. */
export function visibleComments(site: JiraSite, actor: Actor, issue: IssueRecord): CommentRecord[] {
  const agent = isAgent(site, actor, issue.projectId);
  return site.comments.list(issue.id).filter((comment) => agent || comment.isPublic);
}

/**
 * POST/GET `/issue/{idOrKey}/comment` with ADF bodies. On a JSM issue a platform comment is public
 * (`jsdPublic: true`) unless the `sd.public.comment` property says `{internal: true}` (docs/platform-assumptions.md).
 */
export function commentsRoutes(site: JiraSite): Route[] {
  const path = '/rest/api/3/issue/:issueIdOrKey/comment';
  return [
    route('POST', path, ({ request, actor, params }) => {
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      const body = CommentBodySchema.safeParse(jsonBody(request));
      if (!body.success) throw platformError(400, [INVALID_PAYLOAD]);
      if (!AdfDocSchema.safeParse(body.data.body).success) {
        throw platformError(400, [], {
          comment:
            'Comment body is not valid! Operation value must be an Atlassian Document (see the Atlassian Document Format)',
        });
      }
      const internalProperty = (body.data.properties ?? []).find((p) => p.key === 'sd.public.comment');
      const internal = InternalPropertySchema.safeParse(internalProperty?.value);
      const wantsInternal = internal.success && internal.data.internal;
      // Only agents may write internal notes; a customer's comment is always public.
      const isPublic = !(wantsInternal && isAgent(site, actor, issue.projectId));
      const comment = site.comments.add(
        issue.id,
        actor.accountId,
        body.data.body,
        isPublic,
        site.clock.now().getTime(),
      );
      return jsonResponse(201, platformCommentJson(site, issue, comment));
    }),
    route('GET', `${path}/:commentId`, ({ request, actor, params }) => {
      // OpenAPI `getComment`: one comment, if the caller may see it (customers see public ones only).
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      const comment = visibleComments(site, actor, issue).find((c) => c.id === params['commentId']);
      if (comment === undefined) throw platformError(404, ['Can not find a comment for the given id.']);
      return jsonResponse(200, platformCommentJson(site, issue, comment));
    }),
    route('GET', path, ({ request, actor, params }) => {
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      const all = visibleComments(site, actor, issue);
      const startAt = intParam(request, 'startAt', 0);
      const maxResults = intParam(request, 'maxResults', 5000, 5000);
      const ordered = request.query.get('orderBy') === '-created' ? [...all].reverse() : all;
      return jsonResponse(200, {
        startAt,
        maxResults,
        total: all.length,
        comments: ordered
          .slice(startAt, startAt + maxResults)
          .map((c) => platformCommentJson(site, issue, c)),
      });
    }),
  ];
}
