import { DEVICE_OR_APP_FIELD_ID } from './fields/site-fields';
import { APP_ACCOUNT_ID, type JiraSite } from './jira-site';
import type { RequestTypeField } from './store/projects-store';
import type { UserRecord } from './store/users-store';
import { atlassianAccountTypeOf, type AccountLicence } from './users/account-licence';

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

const account = (n: number) => `712020:5e0c1d2a-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const DEMO_SERVICE_DESK_ID = '1';

/** A demo person; `licence` decides agent rights and Forge's `accountType` (users/account-licence.ts). */
export interface DemoUser {
  accountId: string;
  displayName: string;
  email: string;
  groups: DemoGroupName[];
  licence: AccountLicence;
  /** Service desks whose portal this portal-only customer may use. */
  customerOf?: string[];
}

export const DEMO_USERS: DemoUser[] = [
  {
    accountId: account(1),
    displayName: 'Dana Lee',
    email: 'dana.lee@asynccab.example',
    groups: ['developers'],
    licence: 'jsm',
  },
  {
    accountId: account(2),
    displayName: 'Dev Patel',
    email: 'dev.patel@asynccab.example',
    groups: ['developers', 'cab-platform'],
    licence: 'jsm',
  },
  {
    accountId: account(3),
    displayName: 'Sam Rivera',
    email: 'sam.rivera@asynccab.example',
    groups: ['cab-security'],
    licence: 'jsm',
  },
  {
    accountId: account(4),
    displayName: 'Elena Petrova',
    email: 'elena.petrova@asynccab.example',
    groups: ['cab-security'],
    licence: 'jsm',
  },
  {
    accountId: account(5),
    displayName: 'Olivia Chen',
    email: 'olivia.chen@asynccab.example',
    groups: ['cab-operations'],
    licence: 'jsm',
  },
  {
    accountId: account(6),
    displayName: 'Priya Nair',
    email: 'priya.nair@asynccab.example',
    groups: ['cab-payments'],
    licence: 'jsm',
  },
  {
    accountId: account(7),
    displayName: 'Pat Kim',
    email: 'pat.kim@asynccab.example',
    groups: ['cab-platform'],
    licence: 'jsm',
  },
  {
    accountId: account(8),
    displayName: 'Morgan Blake',
    email: 'morgan.blake@asynccab.example',
    groups: ['change-managers'],
    licence: 'jsm',
  },
  {
    accountId: account(9),
    displayName: 'Alex Admin',
    email: 'alex.admin@asynccab.example',
    groups: ['jira-administrators'],
    licence: 'jsm',
  },
  {
    // A developer with a Jira licence but no JSM licence: Forge's `unlicensed` on JSM surfaces.
    accountId: account(10),
    displayName: 'Noah Brooks',
    email: 'noah.brooks@asynccab.example',
    groups: ['developers'],
    licence: 'jira',
  },
  {
    // A vendor's portal-only account: a customer of the CHG service desk, in no group.
    accountId: account(11),
    displayName: 'Riley Quinn',
    email: 'riley.quinn@vendor.example',
    groups: [],
    licence: 'customer',
    customerOf: [DEMO_SERVICE_DESK_ID],
  },
];

export const DEMO_PROJECT = { id: '10000', key: 'CHG', name: 'Change management', issueTypeId: '10005' };
export const CHANGE_REQUEST_TYPE_ID = '10';
export const EMERGENCY_REQUEST_TYPE_ID = '11';
/** A request type that is not a change: the app must leave its requests alone. */
export const IT_HELP_REQUEST_TYPE_ID = '12';

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
        accountType: atlassianAccountTypeOf(user.licence),
        timeZone: 'Europe/London',
        active: true,
      });
      site.users.setLicence(user.accountId, user.licence);
      for (const name of user.groups) {
        const group = DEMO_GROUPS.find((g) => g.name === name);
        if (group) site.users.addMember(group.groupId, user.accountId);
      }
      for (const deskId of user.customerOf ?? []) site.projects.addCustomer(deskId, user.accountId);
    }
    site.projects.upsertProject(DEMO_PROJECT);
    for (const name of AGENT_GROUPS) {
      const group = DEMO_GROUPS.find((g) => g.name === name);
      if (group) site.projects.addAgentGroup(DEMO_PROJECT.id, group.groupId);
    }
    site.projects.upsertServiceDesk({ id: DEMO_SERVICE_DESK_ID, projectId: DEMO_PROJECT.id });
    const fields = changeRequestTypeFields(site, forgeFieldIds);
    site.projects.upsertRequestType({
      id: CHANGE_REQUEST_TYPE_ID,
      serviceDeskId: DEMO_SERVICE_DESK_ID,
      name: 'Change',
      description: 'Ask the CAB to approve a change to production.',
      helpText: 'Answer the CAB questions; approvers decide asynchronously.',
      variant: 'normal',
      practice: 'change',
      fields,
    });
    site.projects.upsertRequestType({
      id: EMERGENCY_REQUEST_TYPE_ID,
      serviceDeskId: DEMO_SERVICE_DESK_ID,
      name: 'Emergency change',
      description: 'An urgent change that cannot wait for the normal approval clock.',
      helpText: 'The emergency CAB is paged and decides on a short clock.',
      variant: 'emergency',
      practice: 'change',
      fields,
    });
    site.projects.upsertRequestType({
      id: IT_HELP_REQUEST_TYPE_ID,
      serviceDeskId: DEMO_SERVICE_DESK_ID,
      name: 'Get IT help',
      description: 'Ask the IT team for help with a laptop, phone or application.',
      helpText: 'Tell us what is wrong and which device or app it is about.',
      // Not an ITSM change: JSM's practice for service requests (*inferred* value, docs/platform-assumptions.md).
      variant: 'normal',
      practice: 'service-request',
      fields: [
        { fieldId: 'summary', required: true },
        { fieldId: 'description', required: false },
        { fieldId: DEVICE_OR_APP_FIELD_ID, required: false },
      ],
    });
  })();
}

/**
 * Summary (required), Description and the app's Forge fields in manifest order, none of them required: the app
 * holds incomplete change requests in "Waiting for answers", and JSM's email channel refuses request types with
 * required fields beyond Summary and Description
 * (https://support.atlassian.com/jira-service-management-cloud/docs/choose-suitable-request-type-for-connected-email-accounts/).
 * Read-only Forge fields are left out: they "won't be rendered on … Jira Service Management portal requests"
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-custom-field/#read-only-fields).
 */
function changeRequestTypeFields(site: JiraSite, forgeFieldIds: string[]): RequestTypeField[] {
  const editable = forgeFieldIds.filter((fieldId) => site.fields.byId(fieldId)?.value?.readOnly !== true);
  return [
    { fieldId: 'summary', required: true },
    { fieldId: 'description', required: false },
    ...editable.map((fieldId) => ({ fieldId, required: false })),
  ];
}
