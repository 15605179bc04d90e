/**
 * Platform errors are `ErrorCollection` `{errorMessages: string[], errors: {field: message}}` (OpenAPI
 * `ErrorCollection`, docs/platform-assumptions.md): a bad value on Edit issue answers 400 naming the field in
 * `errors` (OpenAPI editIssue), an issue that does not exist answers 404 with a message in `errorMessages`.
 */
import { withQuery } from '../http/jira-http';
import { IssueFieldsSchema, PlatformErrorSchema } from '../http/jira-shapes';
import { Mismatch, pass, type Check } from './check';
import { shown } from './show';

export const errorShapePlatform: Check = {
  id: 'error-shape-platform',
  title: 'Platform errors are {errorMessages, errors} on a 400 (bad field value) and a 404',
  async run(ctx) {
    const issue = ctx.ownIssue((await ctx.request('shared request')).key);
    const path = `/rest/api/3/issue/${encodeURIComponent(issue.key)}`;
    const bad = await ctx.http.put(ctx.people.admin, path, { fields: { summary: 42 } });
    ctx.expectStatus(bad, [400], `Edit issue with a number as summary`);
    const badBody = ctx.body(PlatformErrorSchema, bad, 'the 400 body');
    if (badBody.errors['summary'] === undefined) {
      throw new Mismatch(`the 400 names no errors.summary: ${shown(badBody)}`);
    }
    const read = await ctx.http.get(ctx.people.admin, withQuery(path, { fields: 'summary' }));
    ctx.expectStatus(read, [200], `GET ${path}`);
    const summary = ctx.body(IssueFieldsSchema, read, `GET ${path}`).fields['summary'];
    if (typeof summary !== 'string')
      throw new Mismatch(`after the refused edit summary is ${shown(summary)}`);

    const missing = `/rest/api/3/issue/${ctx.settings.projectKey}-999999999`;
    const notFound = await ctx.http.get(ctx.people.admin, missing);
    ctx.expectStatus(notFound, [404], `GET ${missing}`);
    const notFoundBody = ctx.body(PlatformErrorSchema, notFound, 'the 404 body');
    if (notFoundBody.errorMessages.length === 0)
      throw new Mismatch(`the 404 has no errorMessages: ${shown(notFoundBody)}`);
    return pass(`400: "${badBody.errors['summary']}"; 404: "${notFoundBody.errorMessages.join(' ')}"`);
  },
};
