/**
 * Serves the real issue-panel bundle in the local host's Jira-like issue view (createUiHost), with the
 * resolver answers scripted per test. This checks what the panel shows and sends without waiting for the
 * backend; issue-panel-flow.test.ts covers the same panel against the real app.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { ResolverResult } from '@async-cab/shared/client';
import { jsonResponse, type LocalRequest } from '../../../local/core/http-types';
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
    accountType: 'atlassian',
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

function toLocalRequest(
  method: string,
  url: URL,
  headers: Record<string, string>,
  body: string,
): LocalRequest {
  return { method, path: url.pathname, query: url.searchParams, headers, body };
}

export async function startPanelUi(): Promise<PanelUiHarness> {
  const appRoot = await mkdtemp(join(tmpdir(), 'acab-issue-panel-'));
  await buildPanel(appRoot);
  const calls: InvokeCall[] = [];
  const resolver: { current: ScriptedResolver } = {
    current: () => ({ ok: false, error: { code: 'INTERNAL', message: 'No answer scripted.' } }),
  };
  let baseUrl = '';
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === 'string') headers[name] = value;
      const request = toLocalRequest(
        req.method ?? 'GET',
        new URL(req.url ?? '/', baseUrl),
        headers,
        Buffer.concat(chunks).toString('utf8'),
      );
      host.handle(request).then(
        (answer) => {
          const response = answer ?? {
            status: 404,
            headers: { 'content-type': 'text/plain' },
            body: 'not found',
          };
          res.writeHead(response.status, response.headers).end(response.body);
        },
        (error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  baseUrl = `http://127.0.0.1:${String((address satisfies AddressInfo).port)}`;
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
  return {
    baseUrl,
    calls,
    resolver,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      await rm(appRoot, { recursive: true, force: true });
    },
  };
}
