/**
 * Internal notes through JSM: `POST /rest/servicedeskapi/request/{key}/comment {"body", "public": false}`
 * answers 201 with `public: false`; JSM lists it as not public, the platform as `jsdPublic: false`, and a
 * customer does not get it (docs/platform-assumptions.md "Customers get public comments only"). The app keeps
 * its messages to agents internal (decision records, routing problems).
 */
import { SUMMARY_PREFIX } from '../context/check-context';
import { commentVisibility, CUSTOMER_VIEW_NOT_CHECKED } from '../context/comments';
import { JsmCommentSchema } from '../http/jira-shapes';
import { Mismatch, pass, type Check } from './check';

export const commentInternalJsm: Check = {
  id: 'comment-internal-jsm',
  title: 'A servicedeskapi comment with public:false is internal (public:false, hidden from the customer)',
  async run(ctx) {
    const issue = ctx.ownIssue((await ctx.request('shared request')).key);
    const response = await ctx.http.post(
      ctx.people.admin,
      `/rest/servicedeskapi/request/${encodeURIComponent(issue.key)}/comment`,
      { body: `${SUMMARY_PREFIX} internal note (servicedeskapi, public:false)`, public: false },
    );
    ctx.expectStatus(response, [201], `POST …/request/${issue.key}/comment {public: false}`);
    const created = ctx.body(JsmCommentSchema, response, 'the created comment');
    if (created.public) throw new Mismatch('the created comment answers public: true');
    const seen = await commentVisibility(ctx, issue.key, created.id);
    if (seen.jsmPublic !== false)
      throw new Mismatch(`JSM lists comment ${created.id} with public ${String(seen.jsmPublic)}`);
    if (seen.jsdPublic !== false)
      throw new Mismatch(`the platform lists comment ${created.id} with jsdPublic ${String(seen.jsdPublic)}`);
    if (seen.customerSees === true)
      throw new Mismatch(`the customer (requester) gets internal comment ${created.id}`);
    return pass(...(seen.customerSees === undefined ? [CUSTOMER_VIEW_NOT_CHECKED] : []));
  },
};
