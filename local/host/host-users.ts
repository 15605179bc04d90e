/**
 * The people of the UI host's user switcher: every seeded demo user, with Forge's `accountType` derived from
 * their licence on the stand-in (`jsm` -> `licensed`, `jira` -> `unlicensed`, `customer` -> `customer`;
 * https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/) and the time zone
 * Jira has for them (`GET /rest/api/3/user`, OpenAPI `getUser`: `timeZone`), which the bridge context reports.
 */
import { z } from 'zod';

import { forgeAccountTypeOf, type JiraStandIn } from '../jira/create-jira-stand-in';
import { DEMO_USERS, type DemoUser } from '../jira/seed';
import type { HostUser } from '../ui-host/ui-host-options';

const userJson = z.looseObject({ displayName: z.string(), timeZone: z.string() });

const roleWords: Record<string, string> = {
  developers: 'developer',
  'change-managers': 'change manager',
  'jira-administrators': 'Jira admin',
};

/** "developer", "approver", "developer and approver": what the person does on the demo site. */
function roleOf(user: DemoUser): string | undefined {
  const words = [
    ...new Set(
      user.groups.map((group) => roleWords[group] ?? (group.startsWith('cab-') ? 'approver' : group)),
    ),
  ];
  return words.length === 0 ? undefined : words.join(' and ');
}

export async function hostUsers(jira: Pick<JiraStandIn, 'handle'>): Promise<HostUser[]> {
  return Promise.all(
    DEMO_USERS.map(async (user) => {
      const response = await jira.handle(
        {
          method: 'GET',
          path: '/rest/api/3/user',
          query: new URLSearchParams({ accountId: user.accountId }),
          headers: { accept: 'application/json' },
          body: '',
        },
        { kind: 'app' },
      );
      const parsed = response.status === 200 ? userJson.safeParse(JSON.parse(response.body)) : undefined;
      if (parsed?.success !== true) {
        throw new Error(
          `The stand-in did not answer GET /rest/api/3/user for ${user.displayName} (${String(response.status)}).`,
        );
      }
      const role = roleOf(user);
      return {
        accountId: user.accountId,
        displayName: parsed.data.displayName,
        email: user.email,
        accountType: forgeAccountTypeOf(user),
        timeZone: parsed.data.timeZone,
        ...(role === undefined ? {} : { role }),
      };
    }),
  );
}
