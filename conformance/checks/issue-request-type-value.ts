/**
 * The app tells a change request by the Request Type field of `GET /rest/api/3/issue/{key}`: it parses
 * `{requestType: {id, name, portalId?, serviceDeskId?}}` (src/adapters/jira/issue-snapshot.ts). No model in
 * jira.js describes the `sd-customerrequesttype` value, so the shape is *inferred* (docs/platform-assumptions.md).
 */
import { z } from 'zod';
import { withQuery } from '../http/jira-http';
import { IssueFieldsSchema } from '../http/jira-shapes';
import { Prerequisite, fail, pass, type Check } from './check';
import { shown } from './show';

const RequestTypeValueSchema = z.looseObject({
  requestType: z.looseObject({
    id: z.union([z.string(), z.number()]).transform(String),
    name: z.string(),
  }),
});

export const issueRequestTypeValue: Check = {
  id: 'issue-request-type-value',
  title: 'GET issue answers the Request Type field as {requestType: {id, name, …}}',
  async run(ctx) {
    const catalog = await ctx.fieldCatalog();
    if (catalog.requestType === undefined) {
      throw new Prerequisite('the site lists no Request Type field (see field-discovery-jsm)');
    }
    const fieldId = catalog.requestType.id;
    const { requestType } = await ctx.serviceDesk();
    const issue = await ctx.request('shared request');
    const response = await ctx.http.get(
      ctx.people.admin,
      withQuery(`/rest/api/3/issue/${encodeURIComponent(issue.key)}`, { fields: fieldId }),
    );
    ctx.expectStatus(response, [200], `GET /rest/api/3/issue/${issue.key}`);
    const value = ctx.body(IssueFieldsSchema, response, `GET /rest/api/3/issue/${issue.key}`).fields[fieldId];
    const parsed = RequestTypeValueSchema.safeParse(value);
    if (!parsed.success) return fail(`${fieldId} of ${issue.key} is ${shown(value)}`);
    const seen = parsed.data.requestType;
    if (seen.id !== requestType.id || seen.name !== requestType.name) {
      return fail(
        `${fieldId} names request type ${seen.id} "${seen.name}", the request was raised as ${requestType.id} "${requestType.name}"`,
      );
    }
    return pass();
  },
};
