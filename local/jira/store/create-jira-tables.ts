import type BetterSqlite3 from 'better-sqlite3';

/**
 * The stand-in's tables. The host owns the database file; every table here carries the `jira_` prefix so the
 * KVS and other parts of the host can share the file. `IF NOT EXISTS` keeps state across restarts.
 */
export function createJiraTables(db: BetterSqlite3.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS jira_users (account_id TEXT PRIMARY KEY, display_name TEXT NOT NULL, email TEXT,
      account_type TEXT NOT NULL, time_zone TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1);
    CREATE TABLE IF NOT EXISTS jira_groups (group_id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE IF NOT EXISTS jira_group_members (group_id TEXT NOT NULL, account_id TEXT NOT NULL,
      PRIMARY KEY (group_id, account_id));
    CREATE TABLE IF NOT EXISTS jira_projects (id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
      issue_type_id TEXT NOT NULL, next_number INTEGER NOT NULL DEFAULT 1);
    CREATE TABLE IF NOT EXISTS jira_project_agent_groups (project_id TEXT NOT NULL, group_id TEXT NOT NULL,
      PRIMARY KEY (project_id, group_id));
    CREATE TABLE IF NOT EXISTS jira_service_desks (id TEXT PRIMARY KEY, project_id TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS jira_request_types (id TEXT PRIMARY KEY, service_desk_id TEXT NOT NULL,
      name TEXT NOT NULL, description TEXT NOT NULL, help_text TEXT NOT NULL, variant TEXT NOT NULL,
      fields_json TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS jira_custom_fields (module_key TEXT PRIMARY KEY, numeric_id INTEGER NOT NULL UNIQUE);
    CREATE TABLE IF NOT EXISTS jira_issues (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,
      project_id TEXT NOT NULL, issue_type_id TEXT NOT NULL, request_type_id TEXT, status_id TEXT NOT NULL,
      reporter TEXT NOT NULL, creator TEXT NOT NULL, created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,
      status_changed_ms INTEGER NOT NULL, fields_json TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS jira_changelog (id INTEGER PRIMARY KEY AUTOINCREMENT, issue_id INTEGER NOT NULL,
      author TEXT NOT NULL, created_ms INTEGER NOT NULL, items_json TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS jira_issue_properties (issue_id INTEGER NOT NULL, key TEXT NOT NULL,
      value_json TEXT NOT NULL, PRIMARY KEY (issue_id, key));
    CREATE TABLE IF NOT EXISTS jira_comments (id INTEGER PRIMARY KEY AUTOINCREMENT, issue_id INTEGER NOT NULL,
      author TEXT NOT NULL, body_json TEXT NOT NULL, public INTEGER NOT NULL, created_ms INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS jira_approvals (id INTEGER PRIMARY KEY AUTOINCREMENT, issue_id INTEGER NOT NULL,
      status_id TEXT NOT NULL, name TEXT NOT NULL, condition_type TEXT NOT NULL, condition_value INTEGER NOT NULL,
      group_ids_json TEXT NOT NULL, final_decision TEXT NOT NULL, active INTEGER NOT NULL,
      created_ms INTEGER NOT NULL, completed_ms INTEGER);
    CREATE TABLE IF NOT EXISTS jira_participants (issue_id INTEGER NOT NULL, account_id TEXT NOT NULL,
      PRIMARY KEY (issue_id, account_id));
    CREATE TABLE IF NOT EXISTS jira_approvers (approval_id INTEGER NOT NULL, account_id TEXT NOT NULL,
      group_ids_json TEXT NOT NULL, decision TEXT NOT NULL, decided_ms INTEGER,
      PRIMARY KEY (approval_id, account_id));
    CREATE TABLE IF NOT EXISTS jira_user_licences (account_id TEXT PRIMARY KEY, licence TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS jira_service_desk_customers (service_desk_id TEXT NOT NULL, account_id TEXT NOT NULL,
      PRIMARY KEY (service_desk_id, account_id));
    CREATE TABLE IF NOT EXISTS jira_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, issue_key TEXT NOT NULL,
      subject TEXT NOT NULL, text_body TEXT NOT NULL, html_body TEXT NOT NULL, recipients_json TEXT NOT NULL,
      sent_ms INTEGER NOT NULL);
  `);
  addMissingColumn(db, 'jira_request_types', 'practice', 'TEXT');
}

/** Databases written by an older stand-in keep their data: a column added later is added in place. */
function addMissingColumn(db: BetterSqlite3.Database, table: string, column: string, type: string): void {
  const columns = db.prepare(`PRAGMA table_info(${table})`).all();
  const present = columns.some(
    (row) => typeof row === 'object' && row !== null && 'name' in row && row.name === column,
  );
  if (!present) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
}
