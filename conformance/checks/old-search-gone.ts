/**
 * The old search is gone: `GET /rest/api/3/search` answers 410 and points at `/rest/api/3/search/jql`
 * (docs/platform-assumptions.md, quoted by client projects; the December 2025 OpenAPI document still lists
 * searchForIssuesUsingJql, so this is *inferred*). The app never calls it; a site that still serves it is
 * reported, not failed.
 */
import { withQuery, describeResponse } from '../http/jira-http';
import { fail, pass, skip, type Check } from './check';

export const oldSearchGone: Check = {
  id: 'old-search-gone',
  title: 'GET /rest/api/3/search (the old search) answers 410',
  async run(ctx) {
    const response = await ctx.http.get(
      ctx.people.admin,
      withQuery('/rest/api/3/search', { jql: `project = "${ctx.settings.projectKey}"`, maxResults: 1 }),
    );
    if (response.status === 410) return pass();
    if (response.status === 200) return skip('this site still serves the old search (200)');
    return fail(describeResponse(response));
  },
};
