/**
 * Read-only Forge fields "aren't editable by users, neither through the UI nor the Edit issue REST API"
 * (jira-custom-field `#read-only-fields`): `PUT /rest/api/3/issue/{key}` writing the Linked pull request
 * field, as `fields` or as an `update` verb, answers 400 with `errors[<fieldId>]` (OpenAPI `editIssue`,
 * `ErrorCollection`) and writes nothing. The message "Field '<id>' cannot be set. It is not on the
 * appropriate screen, or unknown." is *inferred* (docs/platform-assumptions.md), so it is only noted.
 */
import { withQuery } from '../http/jira-http';
import { IssueFieldsSchema, PlatformErrorSchema } from '../http/jira-shapes';
import { SAMPLE_LINKED_PULL_REQUEST } from '../context/sample-answers';
import { Mismatch, pass, type Check } from './check';
import { LINKED_PULL_REQUEST_MODULE } from './request-read-only-field';
import { shown } from './show';

export const readOnlyEdit: Check = {
  id: 'read-only-edit',
  title: 'Edit issue writing the read-only Linked pull request field answers 400 errors[fieldId]',
  async run(ctx) {
    const field = await ctx.forgeField(LINKED_PULL_REQUEST_MODULE);
    const issue = ctx.ownIssue((await ctx.request('shared request')).key);
    const path = `/rest/api/3/issue/${encodeURIComponent(issue.key)}`;
    const notes: string[] = [];
    const bodies = {
      fields: { fields: { [field.id]: SAMPLE_LINKED_PULL_REQUEST } },
      'update set': { update: { [field.id]: [{ set: SAMPLE_LINKED_PULL_REQUEST }] } },
    };
    for (const [form, body] of Object.entries(bodies)) {
      const response = await ctx.http.put(ctx.people.admin, path, body);
      ctx.expectStatus(response, [400], `Edit issue with ${field.id} in ${form}`);
      const errors = ctx.body(PlatformErrorSchema, response, 'the 400 body (ErrorCollection)').errors;
      const message = errors[field.id];
      if (message === undefined) {
        throw new Mismatch(
          `Edit issue (${form}) answered 400 without errors["${field.id}"]: ${shown(errors)}`,
        );
      }
      notes.push(`${form}: "${message}"`);
    }
    const read = await ctx.http.get(ctx.people.admin, withQuery(path, { fields: field.id }));
    ctx.expectStatus(read, [200], `GET ${path}`);
    const value = ctx.body(IssueFieldsSchema, read, `GET ${path}`).fields[field.id];
    if (value !== undefined && value !== null) {
      throw new Mismatch(`the refused edit was written anyway: ${field.id} is ${shown(value)}`);
    }
    return pass(...notes);
  },
};
