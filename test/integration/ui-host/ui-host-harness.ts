import { mkdtemp, rm } from 'node:fs/promises';
import { startTestServer } from '../../support/ui-host-server';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { jsonResponse, type LocalRequest, type LocalResponse } from '../../../local/core/http-types';
import { buildCustomUi } from '../../../local/ui-host/build-custom-ui';
import { createUiHost } from '../../../local/ui-host/create-ui-host';
import type {
  HostUser,
  InvokeCall,
  PortalSubmitArgs,
  PortalSubmitResult,
} from '../../../local/ui-host/ui-host-options';

export const appId = '6f1d2c3b-7a4e-4f0b-9c2d-3e5f6a7b8c9d';

export const users: HostUser[] = [
  {
    accountId: '712020:5e0c1d2a-0000-4000-8000-000000000001',
    displayName: 'Dana Lee',
    email: 'dana.lee@asynccab.example',
    accountType: 'atlassian',
  },
  {
    accountId: '712020:5e0c1d2a-0000-4000-8000-000000000003',
    displayName: 'Sam Rivera',
    email: 'sam.rivera@asynccab.example',
    accountType: 'atlassian',
  },
  {
    accountId: 'qm:customer-0001',
    displayName: 'Casey <Customer>',
    email: 'casey@customer.example',
    accountType: 'customer',
  },
];

/** A manifest with the fixture UI on every surface the host renders (module shapes of forge-platform.md §2.4). */
export const fixtureManifest = {
  app: { id: `ari:cloud:ecosystem::app/${appId}`, runtime: { name: 'nodejs24.x' } },
  modules: {
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
      { key: 'fixture-issue-context', resource: 'fixture', title: 'Fixture context', label: 'Fixture' },
    ],
    'jiraServiceManagement:portalRequestCreatePropertyPanel': [
      { key: 'fixture-create-panel', resource: 'fixture' },
    ],
    'jiraServiceManagement:portalRequestDetail': [
      { key: 'fixture-request-detail', resource: 'fixture', title: 'Approvals' },
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
  resources: [{ key: 'fixture', path: 'static/fixture/build' }],
};

export interface JiraCall {
  request: LocalRequest;
  accountId: string;
}

const issue = {
  id: '10001',
  key: 'CHG-1',
  fields: {
    summary: 'Rotate the payments API signing key',
    status: { name: 'Awaiting approval', statusCategory: { key: 'indeterminate' } },
    issuetype: { id: '10005', name: 'Change' },
    project: { id: '10000', key: 'CHG', name: 'Change management', projectTypeKey: 'service_desk' },
    reporter: { displayName: 'Dana Lee' },
    assignee: null,
  },
};

const customerRequest = {
  issueId: '10007',
  issueKey: 'CHG-7',
  requestTypeId: '10',
  serviceDeskId: '1',
  requestFieldValues: [
    { fieldId: 'summary', label: 'Summary', value: 'Upgrade the ingress controller' },
    { fieldId: 'description', label: 'Description', value: 'Moves to 1.12 <with> care' },
  ],
  currentStatus: { status: 'Awaiting approval', statusCategory: 'INDETERMINATE' },
  reporter: { displayName: 'Dana Lee' },
};

/** A stand-in for the JSM stand-in: answers what the pages and the fixture ask, as the given user. */
function fakeJira(request: LocalRequest, accountId: string): LocalResponse {
  if (request.method === 'GET' && request.path === '/rest/api/3/issue/CHG-1') return jsonResponse(200, issue);
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
      ],
    });
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
  submits: PortalSubmitArgs[];
  /** What the next portal submit answers. */
  nextSubmitResult: { value: PortalSubmitResult };
  close(): Promise<void>;
}

/** Builds the fixture UI into a temporary app root and serves createUiHost on a free port. */
export async function startUiHost(): Promise<UiHostHarness> {
  const appRoot = await mkdtemp(join(tmpdir(), 'acab-ui-host-'));
  await buildCustomUi({
    entry: join(__dirname, '../../fixtures/host-ui/src/index.tsx'),
    outDir: join(appRoot, 'static/fixture/build'),
    title: 'Fixture',
  });
  const jiraCalls: JiraCall[] = [];
  const invokeCalls: InvokeCall[] = [];
  const submits: PortalSubmitArgs[] = [];
  const nextSubmitResult: { value: PortalSubmitResult } = { value: { issueKey: 'CHG-7' } };
  const server = await startTestServer();
  const baseUrl = server.baseUrl;
  const host = createUiHost({
    appRoot,
    manifest: fixtureManifest,
    users,
    baseUrl,
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
    onPortalSubmit: (args) => {
      submits.push(args);
      return Promise.resolve(nextSubmitResult.value);
    },
  });
  server.serve((request) => host.handle(request));
  return {
    baseUrl,
    jiraCalls,
    invokeCalls,
    submits,
    nextSubmitResult,
    async close() {
      await server.close();
      await rm(appRoot, { recursive: true, force: true });
    },
  };
}
