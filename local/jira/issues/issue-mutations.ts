import type { Actor } from '../access';
import { openApproval } from '../approvals/open-approval';
import { issueCreatedEvent, issueUpdatedEvent } from '../events/issue-events';
import type { ForgeProductEvent } from '../events/forge-product-event';
import type { FieldDefinition } from '../fields/field-catalog';
import { describeValue } from '../fields/render-field-value';
import type { JiraSite } from '../jira-site';
import type { ChangeItem, IssueRecord, StoredFields } from '../store/issues-store';
import type { ProjectRecord } from '../store/projects-store';
import { approvalStepFor, INITIAL_STATUS_ID, statusById, type WorkflowTransition } from '../workflow';

/** A validated change: the stored form of the new value. */
export interface FieldChange {
  field: FieldDefinition;
  value: unknown;
}

export interface NewIssue {
  project: ProjectRecord;
  requestTypeId: string | null;
  reporter: string;
  fields: StoredFields;
  properties: { key: string; valueJson: string }[];
}

/** Runs `work` in one SQLite transaction and emits the events it produced only after the commit. */
export function commit<T>(site: JiraSite, work: (events: ForgeProductEvent[]) => T): T {
  const events: ForgeProductEvent[] = [];
  const result = site.db.transaction(() => work(events))();
  for (const event of events) site.emit(event);
  return result;
}

export function createIssue(site: JiraSite, actor: Actor, input: NewIssue): IssueRecord {
  return commit(site, (events) => {
    const now = site.clock.now().getTime();
    const number = site.projects.nextIssueNumber(input.project.id);
    const issue: IssueRecord = {
      id: site.issues.nextIssueId(),
      key: `${input.project.key}-${number}`,
      projectId: input.project.id,
      issueTypeId: input.project.issueTypeId,
      requestTypeId: input.requestTypeId,
      statusId: INITIAL_STATUS_ID,
      reporter: input.reporter,
      creator: actor.accountId,
      createdMs: now,
      updatedMs: now,
      statusChangedMs: now,
      fields: input.fields,
    };
    site.issues.insert(issue);
    for (const property of input.properties) site.properties.set(issue.id, property.key, property.valueJson);
    events.push(issueCreatedEvent(site, actor, issue));
    return issue;
  });
}

/** Changelog items for what `changes` really change; unchanged values leave no item. */
export function changeItems(site: JiraSite, issue: IssueRecord, changes: FieldChange[]): ChangeItem[] {
  const items: ChangeItem[] = [];
  for (const { field, value } of changes) {
    const before = field.id === REPORTER ? issue.reporter : issue.fields[field.id];
    if (JSON.stringify(before ?? null) === JSON.stringify(value ?? null)) continue;
    if (Array.isArray(value) && value.length === 0 && (before === undefined || before === null)) continue;
    const from = describeValue(site, field, before);
    const to = describeValue(site, field, value);
    items.push({
      field: field.custom ? field.name : field.id,
      fieldId: field.id,
      fieldtype: field.custom ? 'custom' : 'jira',
      from: from.id,
      fromString: from.text,
      to: to.id,
      toString: to.text,
    });
  }
  return items;
}

/** The reporter is a column of the issue, not one of its stored fields. */
const REPORTER = 'reporter';

export function withChanges(issue: IssueRecord, changes: FieldChange[]): StoredFields {
  const fields = { ...issue.fields };
  for (const { field, value } of changes) if (field.id !== REPORTER) fields[field.id] = value;
  return fields;
}

function reporterAfter(issue: IssueRecord, changes: FieldChange[]): string {
  const change = changes.find((candidate) => candidate.field.id === REPORTER);
  return typeof change?.value === 'string' ? change.value : issue.reporter;
}

/** Edits fields; records a changelog entry and emits `avi:jira:updated:issue` only when something changed. */
export function updateFields(
  site: JiraSite,
  actor: Actor,
  issue: IssueRecord,
  changes: FieldChange[],
): IssueRecord {
  return commit(site, (events) => {
    const items = changeItems(site, issue, changes);
    if (items.length === 0) return issue;
    const now = site.clock.now().getTime();
    const updated: IssueRecord = {
      ...issue,
      fields: withChanges(issue, changes),
      reporter: reporterAfter(issue, changes),
      updatedMs: now,
    };
    site.issues.update(updated);
    const changelogId = site.issues.addChangelog(issue.id, actor.accountId, now, items);
    events.push(issueUpdatedEvent(site, actor, updated, changelogId, items));
    return updated;
  });
}

/**
 * Moves the issue along a transition. Leaving an approval status ends its approval; entering one creates a new
 * approval from the Approver groups field as it is now (after `changes`, as on a transition screen).
 */
export function transitionIssue(
  site: JiraSite,
  actor: Actor,
  issue: IssueRecord,
  transition: WorkflowTransition,
  changes: FieldChange[],
): IssueRecord {
  return commit(site, (events) => {
    const now = site.clock.now().getTime();
    const items = changeItems(site, issue, changes);
    const from = statusById(issue.statusId);
    const to = statusById(transition.to);
    items.push({
      field: 'status',
      fieldId: 'status',
      fieldtype: 'jira',
      from: issue.statusId,
      fromString: from?.name ?? null,
      to: transition.to,
      toString: to?.name ?? null,
    });
    const updated: IssueRecord = {
      ...issue,
      fields: withChanges(issue, changes),
      reporter: reporterAfter(issue, changes),
      statusId: transition.to,
      updatedMs: now,
      statusChangedMs: now,
    };
    if (approvalStepFor(issue.statusId)) site.approvals.deactivateForIssue(issue.id);
    site.issues.update(updated);
    const step = approvalStepFor(transition.to);
    if (step) openApproval(site, updated, step, now);
    const changelogId = site.issues.addChangelog(issue.id, actor.accountId, now, items);
    events.push(issueUpdatedEvent(site, actor, updated, changelogId, items));
    return updated;
  });
}

/**
 * `DELETE /rest/api/3/issue/{issueIdOrKey}` (OpenAPI `deleteIssue`): the issue and everything hanging off it
 * (changelog, properties, comments, approvals, participants) go in one transaction. Sent email stays sent.
 */
export function deleteIssue(site: JiraSite, issue: IssueRecord): void {
  site.db.transaction(() => {
    const approvals = site.db
      .prepare<[number], { id: number }>('SELECT id FROM jira_approvals WHERE issue_id = ?')
      .all(issue.id);
    for (const { id } of approvals)
      site.db.prepare('DELETE FROM jira_approvers WHERE approval_id = ?').run(id);
    for (const table of [
      'jira_approvals',
      'jira_changelog',
      'jira_issue_properties',
      'jira_comments',
      'jira_participants',
    ]) {
      site.db.prepare(`DELETE FROM ${table} WHERE issue_id = ?`).run(issue.id);
    }
    site.db.prepare('DELETE FROM jira_issues WHERE id = ?').run(issue.id);
  })();
}
