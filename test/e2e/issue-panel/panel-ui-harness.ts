/**
 * Serves the real issue-panel bundle in the local host's Jira-like issue view (createUiHost), with the
 * resolver answers scripted per test. This checks what the panel shows and sends without waiting for the
 * backend; issue-panel-flow.test.ts covers the same panel against the real app.
 */
import { startTestServer } from '../../support/ui-host-server';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { ResolverResult } from '@async-cab/shared/client';
import { jsonResponse } from '../../../local/core/http-types';
import { buildCustomUi } from '../../../local/ui-host/build-custom-ui';
import { createUiHost } from '../../../local/ui-host/create-ui-host';
import type { HostUser, InvokeCall } from '../../../local/ui-host/ui-host-options';

export const PANEL_KEY = 'cab-approval-panel';
const appId = '6f1d2c3b-7a4e-4f0b-9c2d-3e5f6a7b8c9d';

export const hostUsers: HostUser[] = [
  {
    accountId: '712020:5e0c1d2a-0000-4000-8000-000000000003',
    displayName: 'Sam Rivera',
    email: 'sam.rivera@asynccab.example',
    accountType: 'licensed',
    timeZone: 'Europe/London',
  },
];

// The manifest entry the integrator declares for this UI (assignment: key cab-approval-panel).
const manifest = {
  app: { id: `ari:cloud:ecosystem::app/${appId}`, runtime: { name: 'nodejs24.x' } },
  modules: {
    'jira:issuePanel': [
      {
        key: PANEL_KEY,
        resource: 'issue-panel',
        title: 'Change approval',
        icon: 'resource:issue-panel;icon.svg',
        resolver: { function: 'resolver' },
      },
    ],
    function: [{ key: 'resolver', handler: 'index.handler' }],
  },
  resources: [{ key: 'issue-panel', path: 'static/issue-panel/build' }],
};

const issue = {
  id: '10012',
  key: 'CHG-12',
  fields: {
    summary: 'Rotate the payments API signing key',
    status: { name: 'Awaiting approval', statusCategory: { key: 'indeterminate' } },
    issuetype: { id: '10005', name: 'Change' },
    project: { id: '10000', key: 'CHG', name: 'Change management', projectTypeKey: 'service_desk' },
    reporter: { displayName: 'Dana Lee' },
    assignee: null,
  },
};

/** Answers one invoke; may wait on a promise the test resolves to observe in-flight state. */
export type ScriptedResolver = (
  call: InvokeCall,
) => Promise<ResolverResult<unknown>> | ResolverResult<unknown>;

export interface PanelUiHarness {
  baseUrl: string;
  calls: InvokeCall[];
  /** Replace to change what the resolvers answer. */
  resolver: { current: ScriptedResolver };
  close(): Promise<void>;
}

async function buildPanel(appRoot: string): Promise<void> {
  await buildCustomUi({
    entry: join(__dirname, '../../../static/issue-panel/src/index.tsx'),
    outDir: join(appRoot, 'static/issue-panel/build'),
    title: 'Change approval',
  });
}

export async function startPanelUi(): Promise<PanelUiHarness> {
  const appRoot = await mkdtemp(join(tmpdir(), 'acab-issue-panel-'));
  await buildPanel(appRoot);
  const calls: InvokeCall[] = [];
  const resolver: { current: ScriptedResolver } = {
    current: () => ({ ok: false, error: { code: 'INTERNAL', message: 'No answer scripted.' } }),
  };
  const server = await startTestServer();
  const baseUrl = server.baseUrl;
  const host = createUiHost({
    appRoot,
    manifest,
    users: hostUsers,
    baseUrl,
    invokeResolver: async (call) => {
      calls.push(call);
      return resolver.current(call);
    },
    requestJira: (request) =>
      Promise.resolve(
        request.method === 'GET' && request.path === '/rest/api/3/issue/CHG-12'
          ? jsonResponse(200, issue)
          : jsonResponse(404, { errorMessages: ['Issue does not exist.'], errors: {} }),
      ),
  });
  server.serve((request) => host.handle(request));
  return {
    baseUrl,
    calls,
    resolver,
    async close() {
      await server.close();
      await rm(appRoot, { recursive: true, force: true });
    },
  };
}
