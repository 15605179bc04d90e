import { APP_ACCOUNT_ID, type JiraSite } from './jira-site';
import type { UserRecord } from './store/users-store';

/** Identities of docs/demo-site.md; the default policy and the tests rely on these exact ids. */
export const DEMO_GROUPS = [
  { groupId: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1001', name: 'cab-security' },
  { groupId: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1002', name: 'cab-operations' },
  { groupId: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1003', name: 'cab-payments' },
  { groupId: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1004', name: 'cab-platform' },
  { groupId: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1005', name: 'change-managers' },
  { groupId: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1006', name: 'developers' },
  { groupId: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1007', name: 'jira-administrators' },
] as const;

type DemoGroupName = (typeof DEMO_GROUPS)[number]['name'];

const account = (n: number) => `712020:5e0c1d2a-0000-4000-8000-00000000000${n}`;

export const DEMO_USERS: {
  accountId: string;
  displayName: string;
  email: string;
  groups: DemoGroupName[];
}[] = [
  {
    accountId: account(1),
    displayName: 'Dana Lee',
    email: 'dana.lee@asynccab.example',
    groups: ['developers'],
  },
  {
    accountId: account(2),
    displayName: 'Dev Patel',
    email: 'dev.patel@asynccab.example',
    groups: ['developers', 'cab-platform'],
  },
  {
    accountId: account(3),
    displayName: 'Sam Rivera',
    email: 'sam.rivera@asynccab.example',
    groups: ['cab-security'],
  },
  {
    accountId: account(4),
    displayName: 'Elena Petrova',
    email: 'elena.petrova@asynccab.example',
    groups: ['cab-security'],
  },
  {
    accountId: account(5),
    displayName: 'Olivia Chen',
    email: 'olivia.chen@asynccab.example',
    groups: ['cab-operations'],
  },
  {
    accountId: account(6),
    displayName: 'Priya Nair',
    email: 'priya.nair@asynccab.example',
    groups: ['cab-payments'],
  },
  {
    accountId: account(7),
    displayName: 'Pat Kim',
    email: 'pat.kim@asynccab.example',
    groups: ['cab-platform'],
  },
  {
    accountId: account(8),
    displayName: 'Morgan Blake',
    email: 'morgan.blake@asynccab.example',
    groups: ['change-managers'],
  },
  {
    accountId: account(9),
    displayName: 'Alex Admin',
    email: 'alex.admin@asynccab.example',
    groups: ['jira-administrators'],
  },
];

export const DEMO_PROJECT = { id: '10000', key: 'CHG', name: 'Change management', issueTypeId: '10005' };
export const DEMO_SERVICE_DESK_ID = '1';
export const CHANGE_REQUEST_TYPE_ID = '10';
export const EMERGENCY_REQUEST_TYPE_ID = '11';

/** Groups whose members work the CHG queue as agents; developers are customers who see their own requests. */
const AGENT_GROUPS: DemoGroupName[] = [
  'cab-security',
  'cab-operations',
  'cab-payments',
  'cab-platform',
  'change-managers',
  'jira-administrators',
];

/** Seeds the demo site; upserts only, so it is idempotent and safe on every start. */
export function seedDemoSite(site: JiraSite, forgeFieldIds: string[]): void {
  site.db.transaction(() => {
    for (const group of DEMO_GROUPS) site.users.upsertGroup(group);
    const app: UserRecord = {
      accountId: APP_ACCOUNT_ID,
      displayName: 'Async CAB',
      email: null,
      accountType: 'app',
      timeZone: 'UTC',
      active: true,
    };
    site.users.upsertUser(app);
    for (const user of DEMO_USERS) {
      site.users.upsertUser({
        accountId: user.accountId,
        displayName: user.displayName,
        email: user.email,
        accountType: 'atlassian',
        timeZone: 'Europe/London',
        active: true,
      });
      for (const name of user.groups) {
        const group = DEMO_GROUPS.find((g) => g.name === name);
        if (group) site.users.addMember(group.groupId, user.accountId);
      }
    }
    site.projects.upsertProject(DEMO_PROJECT);
    for (const name of AGENT_GROUPS) {
      const group = DEMO_GROUPS.find((g) => g.name === name);
      if (group) site.projects.addAgentGroup(DEMO_PROJECT.id, group.groupId);
    }
    site.projects.upsertServiceDesk({ id: DEMO_SERVICE_DESK_ID, projectId: DEMO_PROJECT.id });
    const fields = [
      { fieldId: 'summary', required: true },
      { fieldId: 'description', required: false },
      ...forgeFieldIds.map((fieldId) => ({ fieldId, required: false })),
    ];
    site.projects.upsertRequestType({
      id: CHANGE_REQUEST_TYPE_ID,
      serviceDeskId: DEMO_SERVICE_DESK_ID,
      name: 'Change',
      description: 'Ask the CAB to approve a change to production.',
      helpText: 'Answer the CAB questions; approvers decide asynchronously.',
      variant: 'normal',
      fields,
    });
    site.projects.upsertRequestType({
      id: EMERGENCY_REQUEST_TYPE_ID,
      serviceDeskId: DEMO_SERVICE_DESK_ID,
      name: 'Emergency change',
      description: 'An urgent change that cannot wait for the normal approval clock.',
      helpText: 'The emergency CAB is paged and decides on a short clock.',
      variant: 'emergency',
      fields,
    });
  })();
}
