import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import { ACCOUNT_LICENCES, type AccountLicence } from '../users/account-licence';

const UserRowSchema = z.object({
  account_id: z.string(),
  display_name: z.string(),
  email: z.string().nullable(),
  account_type: z.enum(['atlassian', 'app', 'customer']),
  time_zone: z.string(),
  active: z.number(),
});
const GroupRowSchema = z.object({ group_id: z.string(), name: z.string() });
const LicenceRowSchema = z.object({ licence: z.enum(ACCOUNT_LICENCES) });

export interface UserRecord {
  accountId: string;
  displayName: string;
  email: string | null;
  accountType: 'atlassian' | 'app' | 'customer';
  timeZone: string;
  active: boolean;
}
export interface GroupRecord {
  groupId: string;
  name: string;
}

function toUser(row: unknown): UserRecord {
  const r = UserRowSchema.parse(row);
  return {
    accountId: r.account_id,
    displayName: r.display_name,
    email: r.email,
    accountType: r.account_type,
    timeZone: r.time_zone,
    active: r.active === 1,
  };
}
function toGroup(row: unknown): GroupRecord {
  const r = GroupRowSchema.parse(row);
  return { groupId: r.group_id, name: r.name };
}

/** Users, groups and memberships of the stand-in site. */
export function createUsersStore(db: BetterSqlite3.Database) {
  return {
    upsertUser(user: UserRecord): void {
      db.prepare(
        `INSERT INTO jira_users (account_id, display_name, email, account_type, time_zone, active)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(account_id) DO UPDATE SET display_name = excluded.display_name,
         email = excluded.email, account_type = excluded.account_type, time_zone = excluded.time_zone,
         active = excluded.active`,
      ).run(
        user.accountId,
        user.displayName,
        user.email,
        user.accountType,
        user.timeZone,
        user.active ? 1 : 0,
      );
    },
    upsertGroup(group: GroupRecord): void {
      db.prepare(
        `INSERT INTO jira_groups (group_id, name) VALUES (?, ?)
         ON CONFLICT(group_id) DO UPDATE SET name = excluded.name`,
      ).run(group.groupId, group.name);
    },
    addMember(groupId: string, accountId: string): void {
      db.prepare('INSERT OR IGNORE INTO jira_group_members (group_id, account_id) VALUES (?, ?)').run(
        groupId,
        accountId,
      );
    },
    setLicence(accountId: string, licence: AccountLicence): void {
      db.prepare(
        `INSERT INTO jira_user_licences (account_id, licence) VALUES (?, ?)
         ON CONFLICT(account_id) DO UPDATE SET licence = excluded.licence`,
      ).run(accountId, licence);
    },
    /** A person's licence; `undefined` for the app and for anyone the site gave none. */
    licenceOf(accountId: string): AccountLicence | undefined {
      const row: unknown = db
        .prepare('SELECT licence FROM jira_user_licences WHERE account_id = ?')
        .get(accountId);
      return row === undefined ? undefined : LicenceRowSchema.parse(row).licence;
    },
    user(accountId: string): UserRecord | undefined {
      const row: unknown = db.prepare('SELECT * FROM jira_users WHERE account_id = ?').get(accountId);
      return row === undefined ? undefined : toUser(row);
    },
    userByEmail(email: string): UserRecord | undefined {
      const row: unknown = db
        .prepare('SELECT * FROM jira_users WHERE lower(email) = lower(?) AND active = 1')
        .get(email);
      return row === undefined ? undefined : toUser(row);
    },
    allUsers(): UserRecord[] {
      return db.prepare('SELECT * FROM jira_users ORDER BY display_name, account_id').all().map(toUser);
    },
    group(groupId: string): GroupRecord | undefined {
      const row: unknown = db.prepare('SELECT * FROM jira_groups WHERE group_id = ?').get(groupId);
      return row === undefined ? undefined : toGroup(row);
    },
    groupByName(name: string): GroupRecord | undefined {
      const row: unknown = db.prepare('SELECT * FROM jira_groups WHERE lower(name) = lower(?)').get(name);
      return row === undefined ? undefined : toGroup(row);
    },
    allGroups(): GroupRecord[] {
      return db.prepare('SELECT * FROM jira_groups ORDER BY name').all().map(toGroup);
    },
    members(groupId: string): UserRecord[] {
      return db
        .prepare(
          `SELECT u.* FROM jira_users u JOIN jira_group_members m ON m.account_id = u.account_id
           WHERE m.group_id = ? ORDER BY u.display_name, u.account_id`,
        )
        .all(groupId)
        .map(toUser);
    },
    groupsOf(accountId: string): GroupRecord[] {
      return db
        .prepare(
          `SELECT g.* FROM jira_groups g JOIN jira_group_members m ON m.group_id = g.group_id
           WHERE m.account_id = ? ORDER BY g.name`,
        )
        .all(accountId)
        .map(toGroup);
    },
  };
}
export type UsersStore = ReturnType<typeof createUsersStore>;
