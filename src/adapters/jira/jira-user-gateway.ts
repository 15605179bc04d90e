/**
 * JiraUserPort over `asUser()`: calls made as the person using the UI, so Jira and JSM apply that person's
 * permissions (only an approver can answer an approval: docs/platform-assumptions.md).
 */
import api, { route } from '@forge/api';
import { z } from 'zod';
import type { AnswerOutcome, JiraUserPort } from '../../app/ports/jira-port';
import { fieldIds } from './field-catalog';
import { readIssueSnapshot } from './issue-snapshot';
import { JiraRest, type JiraRestOptions } from './jira-rest';
import { GroupPickerSchema, PermissionsSchema } from './jira-schemas';

const JsmErrorSchema = z.looseObject({ errorMessage: z.string() });

export function createJiraUserGateway(options: JiraRestOptions = {}): JiraUserPort {
  const jira = new JiraRest(api.asUser(), options);
  // The field catalogue is the app's (GET /rest/api/3/field depends on the caller: field-catalog.ts).
  const appJira = new JiraRest(api.asApp(), options);
  return {
    getIssue: (issueKey) => readIssueSnapshot(jira, issueKey, () => fieldIds(appJira)),

    async getApprovals(issueKey) {
      const response = await jira.send(route`/rest/servicedeskapi/request/${issueKey}/approval`);
      const body: unknown = await response.json();
      return body;
    },

    async answerApproval(issueKey, approvalId, decision): Promise<AnswerOutcome> {
      const response = await jira.send(
        route`/rest/servicedeskapi/request/${issueKey}/approval/${approvalId}`,
        { method: 'POST', body: JSON.stringify({ decision }) },
        [200, 400, 403, 404],
      );
      // JSM answers 200 with the updated Approval (docs/platform-assumptions.md): the caller may use it instead of
      // reading the page again. The answer was taken either way, so a body that is not JSON is no failure.
      if (response.status === 200) {
        const approval: unknown = await response.json().catch(() => null);
        return { kind: 'answered', approval };
      }
      const body = JsmErrorSchema.safeParse(await response.json().catch(() => ({})));
      const message = body.success ? body.data.errorMessage : `JSM answered ${String(response.status)}.`;
      if (response.status === 403) return { kind: 'not-an-approver', message };
      if (response.status === 404) return { kind: 'not-found' };
      return { kind: 'not-pending', message };
    },

    async isJiraAdmin() {
      const answer = await jira.json(
        PermissionsSchema,
        route`/rest/api/3/mypermissions?permissions=ADMINISTER`,
      );
      return answer.permissions.ADMINISTER?.havePermission === true;
    },

    async requestTypeName(serviceDeskId, requestTypeId) {
      const response = await jira.send(
        route`/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype/${requestTypeId}`,
        {},
        [200, 403, 404],
      );
      const parsed = z.looseObject({ name: z.string() }).safeParse(await response.json());
      return response.status === 200 && parsed.success ? parsed.data.name : null;
    },

    async searchPeople(query) {
      const users = await jira.json(
        z.array(
          z.looseObject({
            accountId: z.string(),
            displayName: z.string().optional(),
            accountType: z.string().optional(),
            active: z.boolean().optional(),
          }),
        ),
        route`/rest/api/3/user/search?query=${query}&maxResults=20`,
      );
      return users
        .filter((user) => user.active !== false && user.accountType !== 'app')
        .map((user) => ({ accountId: user.accountId, displayName: user.displayName ?? user.accountId }));
    },

    async searchGroups(query) {
      const answer = await jira.json(
        GroupPickerSchema,
        route`/rest/api/3/groups/picker?query=${query}&maxResults=20`,
      );
      return answer.groups.map((group) => ({ groupId: group.groupId, name: group.name }));
    },
  };
}
