/** EmergencyJiraPort over `asApp()`: the post-implementation review issue and its issue properties. */
import api, { route } from '@forge/api';
import { z } from 'zod';
import type { EmergencyJiraPort } from '../../app/ports/emergency-ports';
import { createJiraIssuePropertyGateway } from './jira-issue-property-gateway';
import { JiraRest, type JiraRestOptions } from './jira-rest';

const IssueTypeOfSchema = z.looseObject({
  fields: z.looseObject({
    project: z.looseObject({ key: z.string() }),
    issuetype: z.looseObject({ id: z.string() }),
  }),
});
const CreatedSchema = z.looseObject({ key: z.string() });

export function createJiraEmergencyGateway(options: JiraRestOptions = {}): EmergencyJiraPort {
  const jira = new JiraRest(api.asApp(), options);
  const properties = createJiraIssuePropertyGateway(options);
  return {
    async createIssueBeside(crKey, summary, description) {
      const cr = await jira.json(
        IssueTypeOfSchema,
        route`/rest/api/3/issue/${crKey}?fields=project,issuetype`,
      );
      // POST is not retried on 5xx (it may have been applied); the caller's ledger claim keeps it to one.
      const created = await jira.json(
        CreatedSchema,
        route`/rest/api/3/issue`,
        {
          method: 'POST',
          body: JSON.stringify({
            fields: {
              project: { key: cr.fields.project.key },
              issuetype: { id: cr.fields.issuetype.id },
              summary,
              description,
            },
          }),
        },
        [201],
      );
      return created.key;
    },

    setIssueProperty: (issueKey, propertyKey, value) =>
      properties.setIssueProperty(issueKey, propertyKey, value),
  };
}
