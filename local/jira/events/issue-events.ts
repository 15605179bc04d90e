import type { Actor } from '../access';
import { APP_ACCOUNT_ID, type JiraSite } from '../jira-site';
import { issueTypeJson, projectJson, statusJson } from '../representations/issue-parts-json';
import { jiraDateTime } from '../representations/jira-dates';
import type { ChangeItem, IssueRecord } from '../store/issues-store';
import { statusById } from '../workflow';
import type { ForgeEventIssue, ForgeProductEvent } from './forge-product-event';

/** The subset of fields a Forge issue event carries (docs/platform-assumptions.md): no custom fields. */
function eventIssue(site: JiraSite, issue: IssueRecord): ForgeEventIssue {
  const project = site.projects.project(issue.projectId);
  const status = statusById(issue.statusId);
  return {
    id: String(issue.id),
    key: issue.key,
    fields: {
      summary: typeof issue.fields['summary'] === 'string' ? issue.fields['summary'] : '',
      issuetype: issueTypeJson(site, issue.issueTypeId),
      creator: { accountId: issue.creator },
      created: jiraDateTime(issue.createdMs),
      project: project === undefined ? { id: issue.projectId } : projectJson(site, project),
      reporter: { accountId: issue.reporter },
      assignee: null,
      updated: jiraDateTime(issue.updatedMs),
      status: status === undefined ? { id: issue.statusId } : statusJson(site, status),
    },
  };
}

function base(site: JiraSite, actor: Actor, issue: IssueRecord) {
  return {
    selfGenerated: actor.kind === 'app' || actor.accountId === APP_ACCOUNT_ID,
    issue: eventIssue(site, issue),
    atlassianId: actor.accountId,
    associatedUsers: [{ accountId: actor.accountId }],
    timestamp: site.clock.now().getTime(),
  };
}

export function issueCreatedEvent(site: JiraSite, actor: Actor, issue: IssueRecord): ForgeProductEvent {
  return { eventType: 'avi:jira:created:issue', ...base(site, actor, issue) };
}

export function issueUpdatedEvent(
  site: JiraSite,
  actor: Actor,
  issue: IssueRecord,
  changelogId: number,
  items: ChangeItem[],
): ForgeProductEvent {
  return {
    eventType: 'avi:jira:updated:issue',
    ...base(site, actor, issue),
    changelog: { id: String(changelogId), items },
  };
}
