/**
 * Issue properties as app storage on issues: `PUT /rest/api/3/issue/{key}/properties/{propertyKey}` with
 * the raw JSON value answers 201 when created and 200 when updated (OpenAPI setIssueProperty), and `GET`
 * answers `{key, value}` with the value as written (OpenAPI getIssueProperty; docs/platform-assumptions.md). The app
 * keeps its draft marker and the overdue flag this way.
 */
import { isDeepStrictEqual } from 'node:util';
import { IssuePropertySchema } from '../http/jira-shapes';
import { Mismatch, pass, type Check } from './check';
import { shown } from './show';

export const CONFORMANCE_PROPERTY = 'async-cab-conformance';

export const issuePropertyRoundTrip: Check = {
  id: 'issue-property-round-trip',
  title: 'PUT then GET /rest/api/3/issue/{key}/properties/{key} round-trips the JSON value',
  async run(ctx) {
    const issue = ctx.ownIssue((await ctx.request('shared request')).key);
    const path = `/rest/api/3/issue/${encodeURIComponent(issue.key)}/properties/${CONFORMANCE_PROPERTY}`;
    const first = {
      writtenAt: new Date().toISOString(),
      nested: { list: [1, 'two', true, null], empty: {} },
    };
    const created = await ctx.http.put(ctx.people.admin, path, first);
    ctx.expectStatus(created, [201], `PUT ${path} (new property)`);
    const second = { ...first, round: 2 };
    const updated = await ctx.http.put(ctx.people.admin, path, second);
    ctx.expectStatus(updated, [200], `PUT ${path} (existing property)`);
    const read = await ctx.http.get(ctx.people.admin, path);
    ctx.expectStatus(read, [200], `GET ${path}`);
    const property = ctx.body(IssuePropertySchema, read, `GET ${path}`);
    if (property.key !== CONFORMANCE_PROPERTY || !isDeepStrictEqual(property.value, second)) {
      throw new Mismatch(
        `GET answered key ${property.key} with ${shown(property.value)}, written ${shown(second)}`,
      );
    }
    return pass();
  },
};
