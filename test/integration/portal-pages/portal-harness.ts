import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { z } from 'zod';

import { startLocalHost, type LocalHost } from '../../../local/host/create-local-host';
import { buildCustomUi } from '../../../local/ui-host/build-custom-ui';

const fieldListSchema = z.array(
  z.looseObject({ id: z.string(), schema: z.looseObject({ custom: z.string().optional() }).optional() }),
);

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'portal-app');

/** The UUID part of the fixture manifest's `app.id`. */
export const APP_UUID = '5a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d';

/**
 * Demo people (docs/demo-site.md): Dana raises changes (JSM licence, not an agent), Sam and Morgan work the
 * queue (agents), Noah is a developer with a Jira licence only (Forge `unlicensed`), Riley a portal-only
 * customer.
 */
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
export const NOAH = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000010',
  email: 'noah.brooks@asynccab.example',
};
export const RILEY = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000011',
  email: 'riley.quinn@vendor.example',
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
  /** The fixture app's custom fields by module key -> `customfield_` id, from `GET /rest/api/3/field`. */
  fieldIds(): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

/**
 * Starts the real local host on a free port with the fixture app: manifest copied and `src` linked into a
 * temporary app root, the field UI built into its `static/field-ui/build` (the manifest's resource path).
 */
export async function startPortalHost(): Promise<PortalHost> {
  const appRoot = mkdtempSync(join(tmpdir(), 'acab-portal-app-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-portal-data-'));
  copyFileSync(join(FIXTURE, 'manifest.yml'), join(appRoot, 'manifest.yml'));
  symlinkSync(join(FIXTURE, 'src'), join(appRoot, 'src'), 'dir');
  await buildCustomUi({
    entry: join(__dirname, '..', '..', 'fixtures', 'field-ui', 'src', 'index.tsx'),
    outDir: join(appRoot, 'static', 'field-ui', 'build'),
    title: 'Change fields',
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
    async fieldIds() {
      const response = await rest('/rest/api/3/field', { as: MORGAN.email });
      const fields = fieldListSchema.safeParse(await response.json());
      if (!fields.success) throw new Error(`GET /rest/api/3/field answered ${String(response.status)}`);
      const ids: Record<string, string> = {};
      for (const field of fields.data) {
        const custom = field.schema?.custom;
        if (custom?.includes(`/${APP_UUID}/`) === true)
          ids[custom.slice(custom.lastIndexOf('/') + 1)] = field.id;
      }
      return ids;
    },
    async stop() {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(appRoot, { recursive: true, force: true });
    },
  };
}

export interface FrameOnPage {
  moduleKey: string;
  token: string;
  /** The extension context the host signed into the token (what `view.getContext()` answers). */
  extension: Record<string, unknown>;
  attributes: Record<string, string>;
}

/** Every module iframe of a page with its signed context, read from the token's payload part. */
export function framesOf(html: string): FrameOnPage[] {
  return [...html.matchAll(/<iframe class="acab-frame"([^>]*)><\/iframe>/g)].map((match) => {
    const attributes = Object.fromEntries(
      [...(match[1] ?? '').matchAll(/ ([a-z-]+)="([^"]*)"/g)].map((a) => [
        a[1] ?? '',
        (a[2] ?? '').replace(/&amp;/g, '&'),
      ]),
    );
    const token = attributes['data-frame-token'] ?? '';
    const payload: unknown = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'));
    const extension =
      typeof payload === 'object' &&
      payload !== null &&
      'extension' in payload &&
      typeof payload.extension === 'object'
        ? { ...payload.extension }
        : {};
    return { moduleKey: attributes['data-module-key'] ?? '', token, extension, attributes };
  });
}

/** The frame of a module (a custom field's key) on a page, by entry point when it has both. */
export function frameOf(html: string, moduleKey: string, entryPoint?: 'edit' | 'view'): FrameOnPage {
  const frame = framesOf(html).find(
    (f) =>
      f.moduleKey === moduleKey &&
      (entryPoint === undefined || f.attributes['data-entry-point'] === entryPoint),
  );
  if (!frame) throw new Error(`the page has no ${entryPoint ?? ''} frame of ${moduleKey}`);
  return frame;
}

export async function jsonOf(response: Response): Promise<Record<string, unknown>> {
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new Error(`expected a JSON object, got ${JSON.stringify(body)}`);
  }
  return { ...body };
}
