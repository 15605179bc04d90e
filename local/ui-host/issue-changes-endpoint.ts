/**
 * `GET /_local/ui/issue-changes/<key>?after=<changelog id>`: the issue's changes newer than the page, as the
 * viewer may read them. The issue view page asks every few seconds and, like Jira's issue view, updates itself
 * and tells its apps (`JIRA_ISSUE_CHANGED`) only for changes someone else made: "When the issue is modified by
 * the user who is currently viewing it, it will not be refreshed" and the event "might take up to a few
 * seconds" (Forge jira:issuePanel, "Events"; docs/platform-assumptions.md). How Jira learns of changes is its
 * own; polling the changelog is the host's way and is not observable by the app.
 */
import type { LocalResponse } from '../core/http-types';
import { fetchIssueChanges, isFailure } from './jira-lookups';
import type { UiHostOptions } from './ui-host-options';

const json = (status: number, body: unknown): LocalResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  body: JSON.stringify(body),
});

export async function issueChanges(
  requestJira: UiHostOptions['requestJira'],
  issueKey: string,
  accountId: string,
  query: URLSearchParams,
): Promise<LocalResponse> {
  const after = Number(query.get('after') ?? '0');
  if (!Number.isInteger(after) || after < 0)
    return json(400, { message: '`after` must be a changelog id (a whole number, 0 or more).' });
  const changes = await fetchIssueChanges(requestJira, issueKey, accountId);
  if (isFailure(changes))
    return json(changes.status === 403 ? 404 : changes.status, { message: changes.message });
  return json(200, { changes: changes.filter((change) => change.id > after) });
}
