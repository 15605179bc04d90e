import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';

const IssueRowSchema = z.object({
  id: z.number(),
  key: z.string(),
  project_id: z.string(),
  issue_type_id: z.string(),
  request_type_id: z.string().nullable(),
  status_id: z.string(),
  reporter: z.string(),
  creator: z.string(),
  created_ms: z.number(),
  updated_ms: z.number(),
  status_changed_ms: z.number(),
  fields_json: z.string(),
});
const ChangeItemSchema = z.object({
  field: z.string(),
  fieldId: z.string(),
  fieldtype: z.string(),
  from: z.string().nullable(),
  fromString: z.string().nullable(),
  to: z.string().nullable(),
  toString: z.string().nullable(),
});
const ChangelogRowSchema = z.object({
  id: z.number(),
  issue_id: z.number(),
  author: z.string(),
  created_ms: z.number(),
  items_json: z.string(),
});

/** Stored field values keyed by field id (summary, description, labels, customfield_N). */
export type StoredFields = Record<string, unknown>;

export interface IssueRecord {
  id: number;
  key: string;
  projectId: string;
  issueTypeId: string;
  requestTypeId: string | null;
  statusId: string;
  reporter: string;
  creator: string;
  createdMs: number;
  updatedMs: number;
  statusChangedMs: number;
  fields: StoredFields;
}
export type ChangeItem = z.infer<typeof ChangeItemSchema>;
export interface ChangelogRecord {
  id: number;
  issueId: number;
  author: string;
  createdMs: number;
  items: ChangeItem[];
}

function toIssue(row: unknown): IssueRecord {
  const r = IssueRowSchema.parse(row);
  return {
    id: r.id,
    key: r.key,
    projectId: r.project_id,
    issueTypeId: r.issue_type_id,
    requestTypeId: r.request_type_id,
    statusId: r.status_id,
    reporter: r.reporter,
    creator: r.creator,
    createdMs: r.created_ms,
    updatedMs: r.updated_ms,
    statusChangedMs: r.status_changed_ms,
    fields: z.record(z.string(), z.unknown()).parse(JSON.parse(r.fields_json)),
  };
}

/** First issue id, as on a fresh Jira Cloud site where issue ids start at 10000. */
const FIRST_ISSUE_ID = 10000;

export function createIssuesStore(db: BetterSqlite3.Database) {
  return {
    nextIssueId(): number {
      const row = z
        .object({ max: z.number().nullable() })
        .parse(db.prepare('SELECT max(id) AS max FROM jira_issues').get());
      return row.max === null ? FIRST_ISSUE_ID : row.max + 1;
    },
    insert(issue: IssueRecord): void {
      db.prepare(
        `INSERT INTO jira_issues (id, key, project_id, issue_type_id, request_type_id, status_id, reporter, creator,
         created_ms, updated_ms, status_changed_ms, fields_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        issue.id,
        issue.key,
        issue.projectId,
        issue.issueTypeId,
        issue.requestTypeId,
        issue.statusId,
        issue.reporter,
        issue.creator,
        issue.createdMs,
        issue.updatedMs,
        issue.statusChangedMs,
        JSON.stringify(issue.fields),
      );
    },
    update(issue: IssueRecord): void {
      db.prepare(
        `UPDATE jira_issues SET status_id = ?, updated_ms = ?, status_changed_ms = ?, fields_json = ?,
         request_type_id = ?, reporter = ? WHERE id = ?`,
      ).run(
        issue.statusId,
        issue.updatedMs,
        issue.statusChangedMs,
        JSON.stringify(issue.fields),
        issue.requestTypeId,
        issue.reporter,
        issue.id,
      );
    },
    /** Jira accepts the numeric id or the key wherever a path says `{issueIdOrKey}`; keys match case-insensitively. */
    find(idOrKey: string): IssueRecord | undefined {
      const row: unknown = /^\d+$/.test(idOrKey)
        ? db.prepare('SELECT * FROM jira_issues WHERE id = ?').get(Number(idOrKey))
        : db.prepare('SELECT * FROM jira_issues WHERE key = ?').get(idOrKey.toUpperCase());
      return row === undefined ? undefined : toIssue(row);
    },
    all(): IssueRecord[] {
      return db.prepare('SELECT * FROM jira_issues ORDER BY id').all().map(toIssue);
    },
    addChangelog(issueId: number, author: string, createdMs: number, items: ChangeItem[]): number {
      const result = db
        .prepare('INSERT INTO jira_changelog (issue_id, author, created_ms, items_json) VALUES (?, ?, ?, ?)')
        .run(issueId, author, createdMs, JSON.stringify(items));
      return Number(result.lastInsertRowid);
    },
    changelog(issueId: number): ChangelogRecord[] {
      return db
        .prepare('SELECT * FROM jira_changelog WHERE issue_id = ? ORDER BY id')
        .all(issueId)
        .map((row) => {
          const r = ChangelogRowSchema.parse(row);
          return {
            id: r.id,
            issueId: r.issue_id,
            author: r.author,
            createdMs: r.created_ms,
            items: z.array(ChangeItemSchema).parse(JSON.parse(r.items_json)),
          };
        });
    },
  };
}
export type IssuesStore = ReturnType<typeof createIssuesStore>;
