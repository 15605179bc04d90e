/** What `GET /_local/seed` answers: the demo site as seeded, for tests and for people trying the host. */
import { demoPolicy } from '../../src/domain/policy';
import { forgeAccountTypeOf, type AccountLicence } from '../jira/create-jira-stand-in';
import {
  CHANGE_REQUEST_TYPE_ID,
  DEMO_GROUPS,
  DEMO_PROJECT,
  DEMO_SERVICE_DESK_ID,
  DEMO_USERS,
  EMERGENCY_REQUEST_TYPE_ID,
  IT_HELP_REQUEST_TYPE_ID,
} from '../jira/seed';
import { APP_ACCOUNT_ID } from '../jira/jira-site';

export interface DemoSeed {
  users: {
    accountId: string;
    displayName: string;
    email: string;
    /** The person's licence on the stand-in, and the Forge `accountType` it gives them. */
    licence: AccountLicence;
    accountType: 'licensed' | 'unlicensed' | 'customer';
    groups: { groupId: string; name: string }[];
  }[];
  appAccountId: string;
  groups: { groupId: string; name: string; members: string[] }[];
  systems: {
    key: string;
    name: string;
    approverGroups: { groupId: string; name: string }[];
    repositories: string[];
    timeZone: string;
  }[];
  serviceDesk: {
    id: string;
    projectKey: string;
    projectId: string;
    requestTypes: { id: string; name: string }[];
    portalUrl: string;
  };
}

export function demoSeed(baseUrl: string): DemoSeed {
  const groupName = (groupId: string) =>
    DEMO_GROUPS.find((group) => group.groupId === groupId)?.name ?? groupId;
  return {
    users: DEMO_USERS.map((user) => ({
      accountId: user.accountId,
      displayName: user.displayName,
      email: user.email,
      licence: user.licence,
      accountType: forgeAccountTypeOf(user),
      groups: user.groups.map((name) => ({
        groupId: DEMO_GROUPS.find((g) => g.name === name)?.groupId ?? name,
        name,
      })),
    })),
    appAccountId: APP_ACCOUNT_ID,
    groups: DEMO_GROUPS.map((group) => ({
      groupId: group.groupId,
      name: group.name,
      members: DEMO_USERS.filter((user) => user.groups.some((name) => name === group.name)).map(
        (user) => user.accountId,
      ),
    })),
    systems: demoPolicy.systems.map((system) => ({
      key: system.key,
      name: system.name,
      approverGroups: system.approverGroupIds.map((groupId) => ({ groupId, name: groupName(groupId) })),
      repositories: [...system.repositories],
      timeZone: system.timeZone,
    })),
    serviceDesk: {
      id: DEMO_SERVICE_DESK_ID,
      projectKey: DEMO_PROJECT.key,
      projectId: DEMO_PROJECT.id,
      requestTypes: [
        { id: CHANGE_REQUEST_TYPE_ID, name: 'Change' },
        { id: EMERGENCY_REQUEST_TYPE_ID, name: 'Emergency change' },
        { id: IT_HELP_REQUEST_TYPE_ID, name: 'Get IT help' },
      ],
      portalUrl: `${baseUrl}/servicedesk/customer/portal/${DEMO_SERVICE_DESK_ID}`,
    },
  };
}
