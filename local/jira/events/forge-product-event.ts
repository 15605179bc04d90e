/**
 * Forge product event payloads the stand-in emits (docs/platform-assumptions.md, docs/platform-assumptions.md).
 * The payload carries a subset of fields and no custom fields; apps re-fetch the issue.
 */
export interface ForgeEventUser {
  accountId: string;
}

export interface ForgeEventIssue {
  id: string;
  key: string;
  fields: {
    summary: string;
    issuetype: Record<string, unknown>;
    creator: ForgeEventUser;
    created: string;
    project: Record<string, unknown>;
    reporter: ForgeEventUser;
    assignee: ForgeEventUser | null;
    updated: string;
    status: Record<string, unknown>;
  };
}

export interface ForgeChangelogItem {
  field: string;
  fieldId: string;
  fieldtype: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

interface ForgeIssueEventBase {
  /** True when the app itself (its bot user) caused the event; `filter.ignoreSelf` drops these. */
  selfGenerated: boolean;
  issue: ForgeEventIssue;
  atlassianId: string;
  associatedUsers: ForgeEventUser[];
  timestamp: number;
}

export interface IssueCreatedEvent extends ForgeIssueEventBase {
  eventType: 'avi:jira:created:issue';
}

export interface IssueUpdatedEvent extends ForgeIssueEventBase {
  eventType: 'avi:jira:updated:issue';
  changelog: { id: string; items: ForgeChangelogItem[] };
}

export type ForgeProductEvent = IssueCreatedEvent | IssueUpdatedEvent;
