import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startLocalHost, type LocalHost } from '../../../local/host/create-local-host';
import { buildCustomUi } from '../../../local/ui-host/build-custom-ui';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'portal-app');

/** The UUID part of the fixture manifest's `app.id`: the issue property key of the create panel's data. */
export const APP_UUID = '5a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d';

/** Demo people (docs/demo-site.md): Dana raises changes (customer), Sam and Morgan work the queue (agents). */
export const DANA = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000001',
  email: 'dana.lee@asynccab.example',
};
export const SAM = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000003',
  email: 'sam.rivera@asynccab.example',
};
export const MORGAN = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000008',
  email: 'morgan.blake@asynccab.example',
};

export interface PortalHost {
  host: LocalHost;
  url: string;
  /** A request to the host; `as` is a demo user's email for the REST API (HTTP Basic, local only). */
  rest(path: string, init?: { method?: string; body?: unknown; as?: string }): Promise<Response>;
  /** A portal page or form post as the person the user switcher names (its cookie). */
  page(path: string, accountId: string, init?: { method?: string; body?: unknown }): Promise<Response>;
  /** How many CHG issues exist, counted by a change manager (an agent sees the whole project). */
  countChangeRequests(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts the real local host on a free port with the fixture app: manifest copied and `src` linked into a
 * temporary app root, the panel UI built into its `static/panel/build` (the manifest's resource path).
 */
export async function startPortalHost(): Promise<PortalHost> {
  const appRoot = mkdtempSync(join(tmpdir(), 'acab-portal-app-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-portal-data-'));
  copyFileSync(join(FIXTURE, 'manifest.yml'), join(appRoot, 'manifest.yml'));
  symlinkSync(join(FIXTURE, 'src'), join(appRoot, 'src'), 'dir');
  await buildCustomUi({
    entry: join(FIXTURE, 'ui', 'index.tsx'),
    outDir: join(appRoot, 'static', 'panel', 'build'),
    title: 'Change questions',
  });
  const host = await startLocalHost({ appRoot, dataDir, port: 0, limitsScale: 0.01 });
  const basic = (email: string) => `Basic ${Buffer.from(`${email}:any-token`).toString('base64')}`;
  const rest: PortalHost['rest'] = (path, init = {}) =>
    fetch(`${host.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        ...(init.as === undefined ? {} : { authorization: basic(init.as) }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  return {
    host,
    url: host.url,
    rest,
    page: (path, accountId, init = {}) =>
      fetch(`${host.url}${path}`, {
        method: init.method ?? 'GET',
        headers: { cookie: `acab_user=${encodeURIComponent(accountId)}`, 'content-type': 'application/json' },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      }),
    async countChangeRequests() {
      const response = await rest('/rest/api/3/search/approximate-count', {
        method: 'POST',
        as: MORGAN.email,
        body: { jql: 'project = CHG' },
      });
      const body: unknown = await response.json();
      if (typeof body !== 'object' || body === null || !('count' in body) || typeof body.count !== 'number') {
        throw new Error(`approximate-count answered ${String(response.status)}`);
      }
      return body.count;
    },
    async stop() {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(appRoot, { recursive: true, force: true });
    },
  };
}

/** The signed frame token of the create property panel on a create page (what the page's script posts). */
export function createPanelToken(html: string): string {
  const match = /data-module-key="change-questions" data-frame-token="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('the create page has no change-questions panel');
  return match[1].replace(/&amp;/g, '&');
}

export async function jsonOf(response: Response): Promise<Record<string, unknown>> {
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new Error(`expected a JSON object, got ${JSON.stringify(body)}`);
  }
  return { ...body };
}
