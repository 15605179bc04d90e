/**
 * A UI host with one admin page whose Custom UI opts into theming (theme-fixture/), and two people: one
 * with no theme preference (light by default) and one whose Jira theme is dark.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { jsonResponse } from '../../../local/core/http-types';
import { buildCustomUi } from '../../../local/ui-host/build-custom-ui';
import { createUiHost } from '../../../local/ui-host/create-ui-host';
import type { HostUser } from '../../../local/ui-host/ui-host-options';
import { startTestServer } from '../../support/ui-host-server';

const appId = '6f1d2c3b-7a4e-4f0b-9c2d-3e5f6a7b8c9d';
export const THEME_PAGE = '/jira/settings/apps/theme-admin';
export const THEME_FRAME = 'iframe[data-module-key="theme-admin"]';

export const lightUser: HostUser = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000001',
  displayName: 'Dana Lee',
  email: 'dana.lee@asynccab.example',
  accountType: 'licensed',
  timeZone: 'Europe/London',
};

export const darkUser: HostUser = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000003',
  displayName: 'Sam Rivera',
  email: 'sam.rivera@asynccab.example',
  accountType: 'licensed',
  timeZone: 'America/New_York',
  theme: 'dark',
};

const manifest = {
  app: { id: `ari:cloud:ecosystem::app/${appId}`, runtime: { name: 'nodejs24.x' } },
  modules: {
    'jira:adminPage': [{ key: 'theme-admin', resource: 'theme', title: 'Theme fixture' }],
  },
  resources: [{ key: 'theme', path: 'static/theme/build' }],
};

export interface ThemeHostHarness {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startThemeHost(): Promise<ThemeHostHarness> {
  const appRoot = await mkdtemp(join(tmpdir(), 'acab-theme-host-'));
  await buildCustomUi({
    entry: join(__dirname, 'theme-fixture', 'index.ts'),
    outDir: join(appRoot, 'static/theme/build'),
    title: 'Theme fixture',
  });
  const server = await startTestServer();
  const host = createUiHost({
    appRoot,
    manifest,
    users: [lightUser, darkUser],
    baseUrl: server.baseUrl,
    invokeResolver: () => Promise.resolve(null),
    // Everyone here is a Jira admin, so the admin page that carries the fixture opens for them.
    requestJira: (request) =>
      Promise.resolve(
        request.path === '/rest/api/3/mypermissions'
          ? jsonResponse(200, { permissions: { ADMINISTER: { key: 'ADMINISTER', havePermission: true } } })
          : jsonResponse(404, { errorMessages: ['Not here.'], errors: {} }),
      ),
  });
  server.serve((request) => host.handle(request));
  return {
    baseUrl: server.baseUrl,
    async close() {
      await server.close();
      await rm(appRoot, { recursive: true, force: true });
    },
  };
}
