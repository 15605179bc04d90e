import type { JiraSite } from '../jira-site';
import type { GroupRecord, UserRecord } from '../store/users-store';

function avatarUrls(accountId: string): Record<'16x16' | '24x24' | '32x32' | '48x48', string> {
  const base = `https://avatar-management.local/avatars/${encodeURIComponent(accountId)}`;
  return { '16x16': `${base}/16`, '24x24': `${base}/24`, '32x32': `${base}/32`, '48x48': `${base}/48` };
}

/** Platform `User` / `UserDetails` (OpenAPI). Email is present: the demo site has no privacy restrictions. */
export function platformUser(site: JiraSite, user: UserRecord): Record<string, unknown> {
  return {
    self: `${site.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: user.accountType,
    ...(user.email === null ? {} : { emailAddress: user.email }),
    avatarUrls: avatarUrls(user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
  };
}

/** `GET /rest/api/3/user` and `/myself` add `locale`, `groups` and `applicationRoles` wrappers. */
export function platformUserWithGroups(site: JiraSite, user: UserRecord): Record<string, unknown> {
  const groups = site.users.groupsOf(user.accountId);
  return {
    ...platformUser(site, user),
    locale: 'en_US',
    groups: { size: groups.length, items: groups.map((group) => groupName(site, group)) },
    applicationRoles: { size: 0, items: [] },
    expand: 'groups,applicationRoles',
  };
}

/** Platform `GroupName`. */
export function groupName(site: JiraSite, group: GroupRecord): Record<string, unknown> {
  return {
    name: group.name,
    groupId: group.groupId,
    self: `${site.baseUrl}/rest/api/3/group?groupId=${encodeURIComponent(group.groupId)}`,
  };
}

/** JSM `UserDTO` (docs/platform-assumptions.md). */
export function jsmUser(site: JiraSite, user: UserRecord): Record<string, unknown> {
  return {
    accountId: user.accountId,
    ...(user.email === null ? {} : { emailAddress: user.email }),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    _links: {
      jiraRest: `${site.baseUrl}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`,
      avatarUrls: avatarUrls(user.accountId),
      self: `${site.baseUrl}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`,
    },
  };
}

export function platformUserById(site: JiraSite, accountId: string): Record<string, unknown> | null {
  const user = site.users.user(accountId);
  return user === undefined ? null : platformUser(site, user);
}
