/**
 * Every channel that raises a change request through JSM's API sends the CAB answers as
 * `requestFieldValues` keyed by field id (README "Any channel raises a change request"):
 * `POST /rest/servicedeskapi/request {serviceDeskId, requestTypeId, requestFieldValues}` answers 201 with a
 * `CustomerRequest` whose ids are strings (jira.js `RequestCreateSchema`, `CustomerRequestSchema`;
 * docs/platform-assumptions.md), and the app then reads the answers back with `GET /rest/api/3/issue/{key}`
 * (src/adapters/jira/issue-snapshot.ts), so they must come back as sent.
 */
import { isDeepStrictEqual } from 'node:util';
import { IssueFieldsSchema } from '../http/jira-shapes';
import { withQuery } from '../http/jira-http';
import { sampleAnswers } from '../context/sample-answers';
import { fail, pass, type Check } from './check';
import { shown } from './show';

export const requestCreate: Check = {
  id: 'request-create',
  title: 'POST /rest/servicedeskapi/request with request-type fields answers 201 with issueKey',
  async run(ctx) {
    const { fields } = await ctx.serviceDesk();
    const catalog = await ctx.fieldCatalog();
    const samples = sampleAnswers(new Date());
    const values: Record<string, unknown> = {};
    for (const [moduleKey, value] of Object.entries(samples)) {
      const field = catalog.forge.get(moduleKey);
      if (field !== undefined && fields.some((f) => f.fieldId === field.id)) values[field.id] = value;
    }
    const notes =
      Object.keys(values).length === 0
        ? ['no CAB field is on the request type, so only Summary was sent']
        : [`sent Summary and ${String(Object.keys(values).length)} CAB fields`];
    const issue = await ctx.createRequest('request with CAB answers', values);
    notes.unshift(`created ${issue.key}`);
    if (Object.keys(values).length === 0) return pass(...notes);
    const read = await ctx.http.get(
      ctx.people.admin,
      withQuery(`/rest/api/3/issue/${encodeURIComponent(issue.key)}`, {
        fields: Object.keys(values).join(','),
      }),
    );
    ctx.expectStatus(read, [200], `GET /rest/api/3/issue/${issue.key}`);
    const stored = ctx.body(IssueFieldsSchema, read, `GET /rest/api/3/issue/${issue.key}`).fields;
    const differing = Object.entries(values).filter(([id, sent]) => !isDeepStrictEqual(stored[id], sent));
    if (differing.length > 0) {
      return fail(
        `values read back differ: ${differing.map(([id, sent]) => `${id} sent ${shown(sent)}, read ${shown(stored[id])}`).join('; ')}`,
        ...notes,
      );
    }
    return pass(...notes);
  },
};
