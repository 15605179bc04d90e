/**
 * The app writes its internal comments with the platform API (src/adapters/jira/jira-app-gateway.ts
 * `addInternalComment`): on a JSM issue a platform comment is public (`jsdPublic: true`) unless it carries
 * the comment property `sd.public.comment` = `{"internal": true}` (docs/platform-assumptions.md: the default from
 * the `jsdPublic` doc, the property *inferred* [K]). Both halves are checked: without the property the
 * comment is public, with it internal and hidden from the customer.
 */
import { SUMMARY_PREFIX } from '../context/check-context';
import { commentVisibility, CUSTOMER_VIEW_NOT_CHECKED } from '../context/comments';
import { PlatformCommentSchema } from '../http/jira-shapes';
import { Mismatch, pass, type Check } from './check';

const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

export const commentInternalProperty: Check = {
  id: 'comment-internal-property',
  title: 'A platform comment with the sd.public.comment property {internal:true} is internal',
  async run(ctx) {
    const issue = ctx.ownIssue((await ctx.request('shared request')).key);
    const path = `/rest/api/3/issue/${encodeURIComponent(issue.key)}/comment`;
    const internal = await ctx.http.post(ctx.people.admin, path, {
      body: adf(`${SUMMARY_PREFIX} internal note (platform, sd.public.comment)`),
      properties: [{ key: 'sd.public.comment', value: { internal: true } }],
    });
    ctx.expectStatus(internal, [201], `POST ${path} with sd.public.comment {internal: true}`);
    const internalId = ctx.body(PlatformCommentSchema, internal, 'the created comment').id;
    const hidden = await commentVisibility(ctx, issue.key, internalId);
    if (hidden.jsdPublic !== false || hidden.jsmPublic !== false) {
      throw new Mismatch(
        `comment ${internalId} with the property lists as jsdPublic ${String(hidden.jsdPublic)}, JSM public ${String(hidden.jsmPublic)}`,
      );
    }
    if (hidden.customerSees === true)
      throw new Mismatch(`the customer (requester) gets internal comment ${internalId}`);

    const plain = await ctx.http.post(ctx.people.admin, path, {
      body: adf(`${SUMMARY_PREFIX} public comment (platform, no property)`),
    });
    ctx.expectStatus(plain, [201], `POST ${path} without the property`);
    const plainId = ctx.body(PlatformCommentSchema, plain, 'the created comment').id;
    const shown = await commentVisibility(ctx, issue.key, plainId);
    if (shown.jsdPublic !== true || shown.jsmPublic !== true || shown.customerSees === false) {
      throw new Mismatch(
        `a platform comment without the property is not public: jsdPublic ${String(shown.jsdPublic)}, JSM public ${String(shown.jsmPublic)}, customer sees it ${String(shown.customerSees)}`,
      );
    }
    return pass(...(hidden.customerSees === undefined ? [CUSTOMER_VIEW_NOT_CHECKED] : []));
  },
};
