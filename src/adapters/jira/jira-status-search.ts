/**
 * ApprovalStatusSearch over `asApp()`: one `GET /rest/api/3/search/jql` per batch of issue keys
 * (docs/platform-assumptions.md): `fields=key` so a page holds up to 5000 issues, `nextPageToken` until it is absent
 * (there is no `total`), and a JQL bounded by its key list.
 */
import api, { route } from '@forge/api';
import { z } from 'zod';
import type { ApprovalStatusSearch } from '../../app/ports/sweep-ports';
import { JiraRest, type JiraRestOptions } from './jira-rest';

const SearchPageSchema = z.looseObject({
  issues: z.array(z.looseObject({ key: z.string() })),
  nextPageToken: z.string().nullable().optional(),
});

/** Issue keys are `PROJECT-123` (project keys: uppercase letters, digits, underscore); nothing to escape. */
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/;
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

export function createJiraStatusSearch(options: JiraRestOptions = {}): ApprovalStatusSearch {
  const jira = new JiraRest(api.asApp(), options);
  return {
    async notInStatuses(issueKeys, statuses) {
      const keys = issueKeys.filter((key) => ISSUE_KEY.test(key));
      if (keys.length === 0) return [];
      const jql = `key in (${keys.join(', ')}) AND status not in (${statuses.map(quoted).join(', ')})`;
      const found: string[] = [];
      let token: string | undefined;
      do {
        const page = await jira.json(
          SearchPageSchema,
          token === undefined
            ? route`/rest/api/3/search/jql?jql=${jql}&fields=key&maxResults=5000`
            : route`/rest/api/3/search/jql?jql=${jql}&fields=key&maxResults=5000&nextPageToken=${token}`,
        );
        found.push(...page.issues.map((issue) => issue.key));
        token = page.nextPageToken ?? undefined;
      } while (token !== undefined);
      return found;
    },
  };
}
