/**
 * IssueFactsPort over `asApp()`: when each issue was raised and by whom, for the audit export, with one
 * `GET /rest/api/3/search/jql` per up to 100 keys (docs/platform-assumptions.md: `nextPageToken` paging, no
 * `total`; a page holds at most 100 issues when fields are asked for), the JQL bounded by its key list.
 * A search Jira refuses (400: a key that no longer exists, e.g. a deleted issue) gives no facts for that
 * part rather than no export: the raised time is then left empty, and the reason is logged.
 */
import api, { route } from '@forge/api';
import { z } from 'zod';
import { UpstreamError } from '../../app/errors';
import type { IssueFacts, IssueFactsPort } from '../../app/ports/figures-ports';
import { JiraRest, type JiraRestOptions } from '../jira/jira-rest';

const SearchPageSchema = z.looseObject({
  issues: z.array(
    z.looseObject({
      key: z.string(),
      fields: z.looseObject({
        created: z.string(),
        reporter: z.looseObject({ accountId: z.string(), displayName: z.string() }).nullable().optional(),
      }),
    }),
  ),
  nextPageToken: z.string().nullable().optional(),
});

/** Issue keys are `PROJECT-123`; nothing to escape. */
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/;
const KEYS_PER_SEARCH = 100;

export function createJiraIssueFacts(options: JiraRestOptions = {}): IssueFactsPort {
  const jira = new JiraRest(api.asApp(), options);
  return {
    async factsOf(issueKeys) {
      const keys = [...new Set(issueKeys)].filter((key) => ISSUE_KEY.test(key));
      const facts = new Map<string, IssueFacts>();
      for (let start = 0; start < keys.length; start += KEYS_PER_SEARCH) {
        const jql = `key in (${keys.slice(start, start + KEYS_PER_SEARCH).join(', ')})`;
        let token: string | undefined;
        do {
          let page: z.output<typeof SearchPageSchema>;
          try {
            page = await jira.json(
              SearchPageSchema,
              token === undefined
                ? route`/rest/api/3/search/jql?jql=${jql}&fields=created,reporter&maxResults=100`
                : route`/rest/api/3/search/jql?jql=${jql}&fields=created,reporter&maxResults=100&nextPageToken=${token}`,
            );
          } catch (error) {
            if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
            console.warn(`Async CAB: the export's issue search was refused: ${error.detail}`);
            break;
          }
          for (const issue of page.issues) {
            facts.set(issue.key, {
              createdAt: issue.fields.created,
              reporter: issue.fields.reporter ?? null,
            });
          }
          token = page.nextPageToken ?? undefined;
        } while (token !== undefined);
      }
      return facts;
    },
  };
}
