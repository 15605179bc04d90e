/**
 * Overdue CRs are found with JQL on the app's indexed issue property: the manifest's `jira:entityProperty`
 * indexes `async-cab` `overdue` as a string, and `issue.property[async-cab].overdue = "true"` finds the CRs
 * whose property says so (README "Response clocks…"; src/app/sweeps/escalate-overdue.ts). The search is
 * `GET /rest/api/3/search/jql` with `nextPageToken` paging and no `total` (OpenAPI
 * searchAndReconsileIssuesUsingJql; docs/platform-assumptions.md). Two test requests and `maxResults=1` make the
 * second page come through the token. Search is eventually consistent, so a real site is polled and told
 * which ids to reconcile. On a real site the index exists only once the app is installed.
 */
import { withQuery } from '../http/jira-http';
import { SearchJqlSchema } from '../http/jira-shapes';
import type { CheckContext } from '../context/check-context';
import { Mismatch, Prerequisite, pass, skip, type Check } from './check';

const PROPERTY_KEY = 'async-cab';
const POLL_MS = 2_000;
const POLLS_ON_A_SITE = 10;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Outcome = { keys: string[]; pages: number } | { refused: string };

async function searchAllPages(ctx: CheckContext, jql: string, ids: string[]): Promise<Outcome> {
  const keys: string[] = [];
  let token: string | undefined;
  for (let pages = 1; pages <= 10; pages++) {
    const response = await ctx.http.get(
      ctx.people.admin,
      withQuery('/rest/api/3/search/jql', {
        jql,
        maxResults: 1,
        fields: 'key',
        reconcileIssues: ids.map(Number),
        nextPageToken: token,
      }),
    );
    if (response.status === 400) return { refused: response.text };
    ctx.expectStatus(response, [200], 'GET /rest/api/3/search/jql');
    if (typeof response.json === 'object' && response.json !== null && 'total' in response.json) {
      throw new Mismatch('the search/jql answer carries a total; the app pages by nextPageToken only');
    }
    const page = ctx.body(SearchJqlSchema, response, 'GET /rest/api/3/search/jql');
    keys.push(...page.issues.map((issue) => issue.key ?? issue.id));
    const next = page.nextPageToken ?? undefined;
    if (next === undefined) {
      if (page.isLast === false) throw new Mismatch('a page says isLast: false but carries no nextPageToken');
      return { keys, pages };
    }
    if (page.isLast === true) throw new Mismatch('a page says isLast: true and carries a nextPageToken');
    token = next;
  }
  throw new Mismatch('more than 10 pages of one issue each for two issues');
}

export const jqlIndexedProperty: Check = {
  id: 'jql-indexed-property',
  title:
    'JQL issue.property[async-cab].overdue = "true" (GET /rest/api/3/search/jql, nextPageToken) finds the CRs',
  async run(ctx) {
    if (
      !ctx.settings.manifest.indexedProperties.some(
        (p) => p.propertyKey === PROPERTY_KEY && p.paths.includes('overdue'),
      )
    ) {
      throw new Prerequisite(`manifest.yml indexes no ${PROPERTY_KEY}.overdue`);
    }
    const issues = [await ctx.request('shared request'), await ctx.request('second request')];
    for (const issue of issues) {
      const path = `/rest/api/3/issue/${encodeURIComponent(ctx.ownIssue(issue.key).key)}/properties/${PROPERTY_KEY}`;
      const put = await ctx.http.put(ctx.people.admin, path, {
        overdue: 'true',
        // A `type: date` value as jira-entity-property "Property values" lists it: seconds, no milliseconds.
        deadline: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      });
      ctx.expectStatus(put, [200, 201], `PUT ${path}`);
    }
    const wanted = issues.map((issue) => issue.key);
    const jql = `project = "${ctx.settings.projectKey}" AND key in (${wanted.join(', ')}) AND issue.property[${PROPERTY_KEY}].overdue = "true" ORDER BY key ASC`;
    const polls = ctx.settings.target === 'site' ? POLLS_ON_A_SITE : 1;
    let last: Outcome = { keys: [], pages: 0 };
    for (let poll = 0; poll < polls; poll++) {
      if (poll > 0) await sleep(POLL_MS);
      const outcome = await searchAllPages(
        ctx,
        jql,
        issues.map((issue) => issue.id),
      );
      last = outcome;
      if ('refused' in outcome) break;
      if (wanted.every((key) => outcome.keys.includes(key))) {
        if (outcome.pages < 2)
          throw new Mismatch(`two issues with maxResults=1 came in ${String(outcome.pages)} page`);
        return pass(`found ${wanted.join(', ')} over ${String(outcome.pages)} pages`);
      }
    }
    const seen =
      'refused' in last ? `400 ${last.refused.slice(0, 200)}` : `found ${last.keys.join(', ') || 'nothing'}`;
    if (ctx.settings.target === 'site' && !(await ctx.appFieldsInstalled())) {
      return skip(
        `the property is indexed by the app's jira:entityProperty and the app is not installed on this site (${seen})`,
      );
    }
    throw new Mismatch(`${jql} ${seen}, expected ${wanted.join(', ')}`);
  },
};
