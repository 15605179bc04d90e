/**
 * Comments as each API lists them: JSM's `GET /rest/servicedeskapi/request/{key}/comment` (`public` per
 * comment; a customer gets public ones only, docs/platform-assumptions.md) and the platform's
 * `GET /rest/api/3/issue/{key}/comment` (`jsdPublic` on JSM issues).
 */
import type { Person } from '../http/jira-http';
import { JsmCommentSchema, PlatformCommentListSchema } from '../http/jira-shapes';
import type { CheckContext } from './check-context';
import { jsmPages } from './service-desk';

export async function jsmComments(
  ctx: CheckContext,
  as: Person,
  issueKey: string,
): Promise<{ id: string; public: boolean }[]> {
  return jsmPages(
    ctx.http,
    as,
    `/rest/servicedeskapi/request/${encodeURIComponent(issueKey)}/comment`,
    JsmCommentSchema,
  );
}

export async function platformComments(
  ctx: CheckContext,
  issueKey: string,
): Promise<{ id: string; jsdPublic?: boolean | undefined }[]> {
  const path = `/rest/api/3/issue/${encodeURIComponent(issueKey)}/comment?maxResults=5000`;
  const response = await ctx.http.get(ctx.people.admin, path);
  ctx.expectStatus(response, [200], `GET ${path}`);
  return ctx.body(PlatformCommentListSchema, response, `GET ${path}`).comments;
}

/**
 * How a comment shows in both lists and to the customer; `customer` is undefined when the requester is the
 * admin (an agent sees internal comments, so there is no customer view to compare).
 */
export async function commentVisibility(
  ctx: CheckContext,
  issueKey: string,
  commentId: string,
): Promise<{
  jsmPublic: boolean | undefined;
  jsdPublic: boolean | undefined;
  customerSees: boolean | undefined;
}> {
  const jsm = (await jsmComments(ctx, ctx.people.admin, issueKey)).find((c) => c.id === commentId);
  const platform = (await platformComments(ctx, issueKey)).find((c) => c.id === commentId);
  const requester = ctx.people.requester;
  const customerSees =
    requester.email === ctx.people.admin.email
      ? undefined
      : (await jsmComments(ctx, requester, issueKey)).some((c) => c.id === commentId);
  return { jsmPublic: jsm?.public, jsdPublic: platform?.jsdPublic, customerSees };
}

export const CUSTOMER_VIEW_NOT_CHECKED =
  'the customer view was not checked: the requester is the admin (pass --requester-email and --requester-token of a portal customer)';
