import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';

const PropertyRowSchema = z.object({ key: z.string(), value_json: z.string() });

export interface IssueProperty {
  key: string;
  value: unknown;
}

export function createIssuePropertiesStore(db: BetterSqlite3.Database) {
  return {
    /** Returns true when the property was created, false when it replaced an existing value. */
    set(issueId: number, key: string, valueJson: string): boolean {
      const existed = db
        .prepare('SELECT 1 FROM jira_issue_properties WHERE issue_id = ? AND key = ?')
        .get(issueId, key);
      db.prepare(
        `INSERT INTO jira_issue_properties (issue_id, key, value_json) VALUES (?, ?, ?)
         ON CONFLICT(issue_id, key) DO UPDATE SET value_json = excluded.value_json`,
      ).run(issueId, key, valueJson);
      return existed === undefined;
    },
    get(issueId: number, key: string): IssueProperty | undefined {
      const row: unknown = db
        .prepare('SELECT key, value_json FROM jira_issue_properties WHERE issue_id = ? AND key = ?')
        .get(issueId, key);
      if (row === undefined) return undefined;
      const r = PropertyRowSchema.parse(row);
      const value: unknown = JSON.parse(r.value_json);
      return { key: r.key, value };
    },
    delete(issueId: number, key: string): boolean {
      return (
        db.prepare('DELETE FROM jira_issue_properties WHERE issue_id = ? AND key = ?').run(issueId, key)
          .changes > 0
      );
    },
    list(issueId: number): IssueProperty[] {
      return db
        .prepare('SELECT key, value_json FROM jira_issue_properties WHERE issue_id = ? ORDER BY key')
        .all(issueId)
        .map((row) => {
          const r = PropertyRowSchema.parse(row);
          const value: unknown = JSON.parse(r.value_json);
          return { key: r.key, value };
        });
    },
  };
}
export type IssuePropertiesStore = ReturnType<typeof createIssuePropertiesStore>;
