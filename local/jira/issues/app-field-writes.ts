import type { Actor } from '../access';
import { issueUpdatedEvent } from '../events/issue-events';
import type { JiraSite } from '../jira-site';
import type { IssueRecord } from '../store/issues-store';
import { changeItems, commit, withChanges, type FieldChange } from './issue-mutations';

/** The validated new values of one issue's fields. */
export interface IssueFieldWrites {
  issue: IssueRecord;
  changes: FieldChange[];
}

/**
 * Writes what the app field value API validated, all or nothing in one SQLite transaction. Each changed issue gets
 * a new `updated`; with `generateChangelog` (the operations' query parameter, default true) it also gets one
 * changelog entry and an `avi:jira:updated:issue` event with the app as actor, like Edit issue. Without a changelog
 * no update event is emitted (*inferred*: the event carries the changelog; the docs say nothing either way).
 */
export function writeAppFieldValues(
  site: JiraSite,
  actor: Actor,
  writes: IssueFieldWrites[],
  generateChangelog: boolean,
): void {
  commit(site, (events) => {
    const now = site.clock.now().getTime();
    for (const { issue, changes } of writes) {
      const items = changeItems(site, issue, changes);
      if (items.length === 0) continue;
      const updated: IssueRecord = { ...issue, fields: withChanges(issue, changes), updatedMs: now };
      site.issues.update(updated);
      if (!generateChangelog) continue;
      const changelogId = site.issues.addChangelog(issue.id, actor.accountId, now, items);
      events.push(issueUpdatedEvent(site, actor, updated, changelogId, items));
    }
  });
}
