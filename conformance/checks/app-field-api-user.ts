/**
 * The app field value API is the app's alone: "Returned if the request is not authenticated as the app
 * that provided the field" (OpenAPI `updateMultipleCustomFieldValues` and `updateCustomFieldValue`, 403).
 * The app writes the read-only Linked pull request field this way (src/adapters/jira/app-field-writer.ts);
 * a user with an API token must be refused and nothing written.
 */
import { withQuery } from '../http/jira-http';
import { IssueFieldsSchema } from '../http/jira-shapes';
import { SAMPLE_LINKED_PULL_REQUEST } from '../context/sample-answers';
import { Mismatch, pass, type Check } from './check';
import { LINKED_PULL_REQUEST_MODULE } from './request-read-only-field';
import { shown } from './show';

export const appFieldApiUser: Check = {
  id: 'app-field-api-user',
  title: 'The app field value API called by a user answers 403 (only the owning app may write)',
  async run(ctx) {
    const field = await ctx.forgeField(LINKED_PULL_REQUEST_MODULE);
    const issue = ctx.ownIssue((await ctx.request('shared request')).key);
    const issueIds = [Number(issue.id)];
    const many = await ctx.http.post(ctx.people.admin, '/rest/api/3/app/field/value', {
      updates: [{ customField: field.id, issueIds, value: SAMPLE_LINKED_PULL_REQUEST }],
    });
    ctx.expectStatus(many, [403], 'POST /rest/api/3/app/field/value as a user');
    const one = await ctx.http.put(
      ctx.people.admin,
      `/rest/api/3/app/field/${encodeURIComponent(field.id)}/value`,
      { updates: [{ issueIds, value: SAMPLE_LINKED_PULL_REQUEST }] },
    );
    ctx.expectStatus(one, [403], `PUT /rest/api/3/app/field/${field.id}/value as a user`);
    const path = `/rest/api/3/issue/${encodeURIComponent(issue.key)}`;
    const read = await ctx.http.get(ctx.people.admin, withQuery(path, { fields: field.id }));
    ctx.expectStatus(read, [200], `GET ${path}`);
    const value = ctx.body(IssueFieldsSchema, read, `GET ${path}`).fields[field.id];
    if (value !== undefined && value !== null) {
      throw new Mismatch(`the refused write was applied: ${field.id} is ${shown(value)}`);
    }
    return pass();
  },
};
