/** IssuePropertyPort over `asApp()`: the indexed `async-cab` issue property (manifest `jira:entityProperty`). */
import api, { route } from '@forge/api';
import type { IssuePropertyPort } from '../../app/ports/sweep-ports';
import { JiraRest, type JiraRestOptions } from './jira-rest';

export function createJiraIssuePropertyGateway(options: JiraRestOptions = {}): IssuePropertyPort {
  const jira = new JiraRest(api.asApp(), options);
  return {
    async setIssueProperty(issueKey, propertyKey, value) {
      // PUT is idempotent, so JiraRest retries it on 429 and 5xx (docs/platform-assumptions.md).
      await jira.send(
        route`/rest/api/3/issue/${issueKey}/properties/${propertyKey}`,
        { method: 'PUT', body: JSON.stringify(value) },
        [200, 201],
      );
    },
  };
}
