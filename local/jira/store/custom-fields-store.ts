import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';

/** Forge custom fields get ids from 10100 up, clear of the seeded system custom fields (10003..10030). */
const FIRST_FORGE_FIELD_ID = 10100;

/**
 * Gives each `jira:customField` module a `customfield_NNNNN` id once and keeps it, like Jira does on install, so
 * ids stay stable across restarts and across manifest edits that add or reorder modules.
 */
export function allocateCustomFieldIds(
  db: BetterSqlite3.Database,
  moduleKeys: string[],
): Map<string, number> {
  const read = () =>
    new Map(
      db
        .prepare('SELECT module_key, numeric_id FROM jira_custom_fields')
        .all()
        .map((row) => {
          const r = z.object({ module_key: z.string(), numeric_id: z.number() }).parse(row);
          return [r.module_key, r.numeric_id] as const;
        }),
    );
  const known = read();
  let next = Math.max(FIRST_FORGE_FIELD_ID - 1, ...known.values()) + 1;
  const insert = db.prepare('INSERT INTO jira_custom_fields (module_key, numeric_id) VALUES (?, ?)');
  for (const key of moduleKeys) {
    if (known.has(key)) continue;
    insert.run(key, next);
    known.set(key, next);
    next += 1;
  }
  return known;
}
