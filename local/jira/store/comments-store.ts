import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';

const CommentRowSchema = z.object({
  id: z.number(),
  issue_id: z.number(),
  author: z.string(),
  body_json: z.string(),
  public: z.number(),
  created_ms: z.number(),
});

/** Comments keep their ADF body; JSM's text view is derived from it. */
export interface CommentRecord {
  id: string;
  issueId: number;
  author: string;
  body: unknown;
  isPublic: boolean;
  createdMs: number;
}

/** Comment ids start at 10000 like on a fresh site, so they never look like issue-local counters. */
const COMMENT_ID_OFFSET = 10000;

function toComment(row: unknown): CommentRecord {
  const r = CommentRowSchema.parse(row);
  return {
    id: String(r.id + COMMENT_ID_OFFSET),
    issueId: r.issue_id,
    author: r.author,
    body: JSON.parse(r.body_json),
    isPublic: r.public === 1,
    createdMs: r.created_ms,
  };
}

export function createCommentsStore(db: BetterSqlite3.Database) {
  return {
    add(issueId: number, author: string, body: unknown, isPublic: boolean, createdMs: number): CommentRecord {
      const result = db
        .prepare(
          'INSERT INTO jira_comments (issue_id, author, body_json, public, created_ms) VALUES (?, ?, ?, ?, ?)',
        )
        .run(issueId, author, JSON.stringify(body), isPublic ? 1 : 0, createdMs);
      return toComment(db.prepare('SELECT * FROM jira_comments WHERE id = ?').get(result.lastInsertRowid));
    },
    list(issueId: number): CommentRecord[] {
      return db
        .prepare('SELECT * FROM jira_comments WHERE issue_id = ? ORDER BY id')
        .all(issueId)
        .map(toComment);
    },
  };
}
export type CommentsStore = ReturnType<typeof createCommentsStore>;
