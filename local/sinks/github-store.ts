/**
 * Where the GitHub stand-in keeps what the app wrote (its calls, commit statuses and check runs): rows in the
 * host's SQLite data, so they survive a restart of the local host as they survive on GitHub itself.
 */
import Database from 'better-sqlite3';

export type GitHubRecordKind = 'call' | 'status' | 'check-run';

export interface GitHubRecordStore {
  /** Every record of `kind` in the order it was added, with the key it was added under. */
  load(kind: GitHubRecordKind): { key: string; value: unknown }[];
  add(kind: GitHubRecordKind, key: string, value: unknown): void;
  close(): void;
}

export function openGitHubRecordStore(filename: string): GitHubRecordStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.exec(
    `CREATE TABLE IF NOT EXISTS github_records (
       id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL)`,
  );
  const insert = db.prepare('INSERT INTO github_records (kind, key, json) VALUES (?, ?, ?)');
  const select = db.prepare('SELECT key, json FROM github_records WHERE kind = ? ORDER BY id');
  return {
    load: (kind) =>
      (select.all(kind) as { key: string; json: string }[]).map((row) => ({
        key: row.key,
        value: JSON.parse(row.json) as unknown,
      })),
    add(kind, key, value) {
      insert.run(kind, key, JSON.stringify(value));
    },
    close() {
      db.close();
    },
  };
}

/** A store that keeps nothing: the stand-in on its own (unit tests). */
export const inMemoryGitHubRecords: GitHubRecordStore = {
  load: () => [],
  add: () => undefined,
  close: () => undefined,
};
