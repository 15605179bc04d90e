import { mkdtemp, rm } from 'node:fs/promises';
import { startTestServer } from '../../support/ui-host-server';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { jsonResponse, type LocalRequest, type LocalResponse } from '../../../local/core/http-types';
import { buildCustomUi } from '../../../local/ui-host/build-custom-ui';
import { createUiHost } from '../../../local/ui-host/create-ui-host';
import type { HostUser, InvokeCall } from '../../../local/ui-host/ui-host-options';

export const appId = '6f1d2c3b-7a4e-4f0b-9c2d-3e5f6a7b8c9d';
export const environmentId = '7a1c0de0-0000-4000-8000-0000000e0001';
export const riskFieldId = 'customfield_10100';
/** The fixture custom field's extension ARI: its `schema.custom` in Jira and `fieldType` in its frames. */
export const riskFieldType = `ari:cloud:ecosystem::extension/${appId}/${environmentId}/static/fixture-risk`;
/** A field shown on bugs only: custom field display conditions apply on the issue view, not on the portal. */
export const bugFieldId = 'customfield_10101';
const bugFieldType = `ari:cloud:ecosystem::extension/${appId}/${environmentId}/static/fixture-bug-severity`;

export const users: HostUser[] = [
  {
    accountId: '712020:5e0c1d2a-0000-4000-8000-000000000001',
    displayName: 'Dana Lee',
    email: 'dana.lee@asynccab.example',
    accountType: 'licensed',
    timeZone: 'Europe/London',
    role: 'developer',
  },
  {
    accountId: '712020:5e0c1d2a-0000-4000-8000-000000000003',
    displayName: 'Sam Rivera',
    email: 'sam.rivera@asynccab.example',
    accountType: 'licensed',
    timeZone: 'America/New_York',
    role: 'approver',
  },
  {
    accountId: '712020:5e0c1d2a-0000-4000-8000-000000000010',
    displayName: 'Noah Brooks',
    email: 'noah.brooks@asynccab.example',
    accountType: 'unlicensed',
    timeZone: 'Europe/Berlin',
    role: 'developer',
  },
  {
    accountId: 'qm:customer-0001',
    displayName: 'Casey <Customer>',
    email: 'casey@customer.example',
    accountType: 'customer',
    timeZone: 'UTC',
  },
];

/**
 * A manifest with the fixture UI on every surface the host renders (module shapes of docs/platform-assumptions.md),
 * with the account types and display conditions the tests look at, and one custom field with the field UI.
 */
export const fixtureManifest = {
  app: { id: `ari:cloud:ecosystem::app/${appId}`, runtime: { name: 'nodejs24.x' } },
  modules: {
    // No unlicensedAccess: licensed users only.
    'jira:issuePanel': [
      {
        key: 'fixture-issue-panel',
        resource: 'fixture',
        title: 'Fixture panel',
        icon: 'resource:fixture;icon.svg',
        resolver: { function: 'resolver' },
      },
    ],
    'jira:issueContext': [
      {
        key: 'fixture-issue-context',
        resource: 'fixture',
        title: 'Fixture context',
        label: 'Fixture',
        unlicensedAccess: ['unlicensed', 'customer'],
        displayConditions: { projectKey: 'CHG', not: { issueType: ['Bug', 'Incident'] } },
      },
      {
        key: 'fixture-bug-context',
        resource: 'fixture',
        title: 'Bug triage',
        label: 'Bugs',
        displayConditions: { or: [{ issueType: 'Bug' }, { and: { projectKey: 'OPS', isLoggedIn: true } }] },
      },
    ],
    'jiraServiceManagement:portalRequestDetail': [
      // Portal-only customers, not Jira users without a JSM licence.
      {
        key: 'fixture-request-detail',
        resource: 'fixture',
        title: 'Approvals',
        unlicensedAccess: ['customer'],
      },
    ],
    'jiraServiceManagement:portalRequestDetailPanel': [
      {
        key: 'fixture-ops-panel',
        resource: 'fixture',
        title: 'Operations',
        unlicensedAccess: ['unlicensed', 'customer'],
        displayConditions: { projectKey: 'OPS' },
      },
    ],
    'jira:customField': [
      {
        key: 'fixture-risk',
        name: 'Risk',
        description: 'How risky the change is.',
        type: 'string',
        resolver: { function: 'resolver' },
        view: { resource: 'field', experience: ['issue-view', 'portal-view'] },
        edit: { resource: 'field', experience: ['issue-view', 'portal-request'] },
        unlicensedAccess: ['unlicensed', 'customer'],
      },
      {
        key: 'fixture-bug-severity',
        name: 'Bug severity',
        description: 'Bugs only.',
        type: 'string',
        resolver: { function: 'resolver' },
        view: { resource: 'field', experience: ['issue-view', 'portal-view'] },
        edit: { resource: 'field', experience: ['issue-view', 'portal-request'] },
        unlicensedAccess: ['unlicensed', 'customer'],
        displayConditions: { issueType: 'Bug' },
      },
    ],
    'jira:adminPage': [{ key: 'fixture-admin', resource: 'fixture', title: 'Async CAB settings' }],
    'jira:dashboardGadget': [
      {
        key: 'fixture-gadget',
        resource: 'fixture',
        title: 'Change approvals',
        description: 'Pending approvals',
        thumbnail: 'https://example.com/t.png',
      },
    ],
    function: [{ key: 'resolver', handler: 'index.handler' }],
  },
  resources: [
    { key: 'fixture', path: 'static/fixture/build' },
    { key: 'field', path: 'static/field/build' },
  ],
};

export interface JiraCall {
  request: LocalRequest;
  accountId: string;
}

const project = { id: '10000', key: 'CHG', name: 'Change management', projectTypeKey: 'service_desk' };

const issue = {
  id: '10001',
  key: 'CHG-1',
  fields: {
    summary: 'Rotate the payments API signing key',
    status: { name: 'Awaiting approval', statusCategory: { key: 'indeterminate' } },
    issuetype: { id: '10005', name: 'Change' },
    project,
    reporter: { displayName: 'Dana Lee' },
    assignee: null,
    [riskFieldId]: 'low',
    [bugFieldId]: null,
  },
};

const requestIssue = {
  id: '10007',
  key: 'CHG-7',
  fields: { summary: 'Upgrade the ingress controller', issuetype: { id: '10005', name: 'Change' }, project },
};

const customerRequest = {
  issueId: '10007',
  issueKey: 'CHG-7',
  requestTypeId: '10',
  serviceDeskId: '1',
  requestFieldValues: [
    { fieldId: 'summary', label: 'Summary', value: 'Upgrade the ingress controller' },
    { fieldId: 'description', label: 'Description', value: 'Moves to 1.12 <with> care' },
    { fieldId: riskFieldId, label: 'Risk', value: 'high' },
  ],
  currentStatus: { status: 'Awaiting approval', statusCategory: 'INDETERMINATE' },
  reporter: { displayName: 'Dana Lee' },
};

/** A stand-in for the JSM stand-in: answers what the pages and the fixture ask, as the given user. */
function fakeJira(request: LocalRequest, accountId: string): LocalResponse {
  if (request.method === 'GET' && request.path === '/rest/api/3/issue/CHG-1') return jsonResponse(200, issue);
  if (request.method === 'GET' && request.path === '/rest/api/3/issue/CHG-7')
    return jsonResponse(200, requestIssue);
  if (request.method === 'GET' && request.path === '/rest/api/3/field') {
    return jsonResponse(200, [
      { id: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
      {
        id: riskFieldId,
        name: 'Risk',
        custom: true,
        schema: { type: 'string', custom: riskFieldType, customId: 10100 },
      },
      {
        id: bugFieldId,
        name: 'Bug severity',
        custom: true,
        schema: { type: 'string', custom: bugFieldType, customId: 10101 },
      },
    ]);
  }
  if (request.method === 'POST' && request.path === '/rest/servicedeskapi/request') {
    return jsonResponse(201, {
      issueId: '10007',
      issueKey: 'CHG-7',
      requestTypeId: '10',
      serviceDeskId: '1',
    });
  }
  if (request.method === 'GET' && request.path === '/rest/servicedeskapi/request/CHG-7')
    return jsonResponse(200, customerRequest);
  if (request.method === 'GET' && request.path === `/rest/api/3/issue/CHG-7/properties/${appId}`) {
    return jsonResponse(200, { key: appId, value: { fields: [{ key: 'risk', value: 'high' }] } });
  }
  const desk = '/rest/servicedeskapi/servicedesk/1';
  if (request.method === 'GET' && request.path === desk)
    return jsonResponse(200, {
      id: '1',
      projectId: '10000',
      projectKey: 'CHG',
      projectName: 'Change management',
    });
  if (request.method === 'GET' && request.path === `${desk}/requesttype/10`) {
    return jsonResponse(200, { id: '10', name: 'Change', description: 'Ask the CAB' });
  }
  if (request.method === 'GET' && request.path === `${desk}/requesttype`)
    return jsonResponse(200, { values: [{ id: '10', name: 'Change', description: 'Ask the CAB' }] });
  if (request.method === 'GET' && request.path === `${desk}/requesttype/10/field`) {
    return jsonResponse(200, {
      requestTypeFields: [
        {
          fieldId: 'summary',
          name: 'Summary',
          required: true,
          jiraSchema: { type: 'string', system: 'summary' },
        },
        { fieldId: 'description', name: 'Description', required: false, jiraSchema: { type: 'string' } },
        {
          fieldId: riskFieldId,
          name: 'Risk',
          description: 'How risky the change is.',
          required: false,
          jiraSchema: { type: 'string', custom: riskFieldType, customId: 10100 },
        },
        {
          fieldId: bugFieldId,
          name: 'Bug severity',
          required: false,
          jiraSchema: { type: 'string', custom: bugFieldType, customId: 10101 },
        },
      ],
    });
  }
  // Dana is this fixture site's Jira administrator: she alone holds ADMINISTER.
  if (request.method === 'GET' && request.path === '/rest/api/3/mypermissions') {
    const admin = accountId === users[0]?.accountId;
    return jsonResponse(200, { permissions: { ADMINISTER: { key: 'ADMINISTER', havePermission: admin } } });
  }
  if (request.method === 'GET' && request.path === '/rest/api/3/myself') {
    const user = users.find((u) => u.accountId === accountId);
    return jsonResponse(200, {
      accountId,
      displayName: user?.displayName,
      expand: request.query.get('expand'),
    });
  }
  return jsonResponse(404, {
    errorMessages: ['Issue does not exist or you do not have permission to see it.'],
    errors: {},
  });
}

export interface UiHostHarness {
  baseUrl: string;
  jiraCalls: JiraCall[];
  invokeCalls: InvokeCall[];
  close(): Promise<void>;
}

/** Builds the fixture UIs into a temporary app root and serves createUiHost on a free port. */
export async function startUiHost(): Promise<UiHostHarness> {
  const appRoot = await mkdtemp(join(tmpdir(), 'acab-ui-host-'));
  await buildCustomUi({
    entry: join(__dirname, '../../fixtures/host-ui/src/index.tsx'),
    outDir: join(appRoot, 'static/fixture/build'),
    title: 'Fixture',
  });
  await buildCustomUi({
    entry: join(__dirname, '../../fixtures/field-ui/src/index.tsx'),
    outDir: join(appRoot, 'static/field/build'),
    title: 'Fixture field',
  });
  const jiraCalls: JiraCall[] = [];
  const invokeCalls: InvokeCall[] = [];
  const server = await startTestServer();
  const baseUrl = server.baseUrl;
  const host = createUiHost({
    appRoot,
    manifest: fixtureManifest,
    users,
    baseUrl,
    environmentId,
    navigationLinks: [
      { label: 'Issue CHG-1', href: '/browse/CHG-1' },
      { label: 'Portal', href: '/servicedesk/customer/portal/1/create/10' },
    ],
    invokeResolver: (call) => {
      invokeCalls.push(call);
      const payload = call.payload;
      if (typeof payload === 'object' && payload !== null && 'risk' in payload && payload.risk === 'boom') {
        return Promise.reject(new Error('Resolver exploded on purpose'));
      }
      return Promise.resolve({ echoed: call.payload, as: call.accountId, type: call.accountType });
    },
    requestJira: (request, accountId) => {
      jiraCalls.push({ request, accountId });
      return Promise.resolve(fakeJira(request, accountId));
    },
  });
  server.serve((request) => host.handle(request));
  return {
    baseUrl,
    jiraCalls,
    invokeCalls,
    async close() {
      await server.close();
      await rm(appRoot, { recursive: true, force: true });
    },
  };
}
