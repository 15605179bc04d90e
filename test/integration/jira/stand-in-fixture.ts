import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'yaml';
import type { LocalClock } from '../../../local/core/clock';
import type { CallerIdentity, LocalResponse } from '../../../local/core/http-types';
import {
  createJiraStandIn,
  type JiraStandIn,
  type JiraStandInOptions,
} from '../../../local/jira/create-jira-stand-in';
import type { ForgeProductEvent } from '../../../local/jira/events/forge-product-event';
import { forgeCustomFieldModules } from '../../../local/jira/fields/forge-field-modules';

export const BASE_URL = 'http://localhost:8080';

export const USERS = {
  dana: '712020:5e0c1d2a-0000-4000-8000-000000000001',
  dev: '712020:5e0c1d2a-0000-4000-8000-000000000002',
  sam: '712020:5e0c1d2a-0000-4000-8000-000000000003',
  elena: '712020:5e0c1d2a-0000-4000-8000-000000000004',
  olivia: '712020:5e0c1d2a-0000-4000-8000-000000000005',
  priya: '712020:5e0c1d2a-0000-4000-8000-000000000006',
  pat: '712020:5e0c1d2a-0000-4000-8000-000000000007',
  morgan: '712020:5e0c1d2a-0000-4000-8000-000000000008',
  alex: '712020:5e0c1d2a-0000-4000-8000-000000000009',
  /** A developer with a Jira licence but no JSM licence. */
  noah: '712020:5e0c1d2a-0000-4000-8000-000000000010',
  /** A portal-only customer of the CHG service desk. */
  riley: '712020:5e0c1d2a-0000-4000-8000-000000000011',
} as const;

export const GROUPS = {
  security: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1001',
  operations: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1002',
  payments: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1003',
  platform: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1004',
  changeManagers: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1005',
} as const;

export const APP: CallerIdentity = { kind: 'app' };
export const as = (accountId: string): CallerIdentity => ({ kind: 'user', accountId });

/** The app's custom fields as a manifest would declare them. */
export const CUSTOM_FIELDS: JiraStandInOptions['customFields'] = [
  { key: 'affected-systems', name: 'Affected systems', type: 'string', collection: 'list' },
  { key: 'risk', name: 'Risk', type: 'string' },
  { key: 'rollback-plan', name: 'Rollback plan', type: 'string' },
  { key: 'risk-score', name: 'Risk score', type: 'number' },
];

/** The app's real `jira:customField` modules, read from manifest.yml as the local host reads them. */
export function manifestCustomFields(): JiraStandInOptions['customFields'] {
  const manifest: unknown = parse(readFileSync(path.resolve(__dirname, '../../../manifest.yml'), 'utf8'));
  return forgeCustomFieldModules(manifest);
}

/** A clock tests move by hand; time never flows on its own. */
export function manualClock(start: Date): LocalClock & { set(ms: number): void } {
  let nowMs = start.getTime();
  return {
    now: () => new Date(nowMs),
    offsetMs: () => nowMs - Date.now(),
    advance: (minutes) => {
      nowMs += minutes * 60_000;
      return Promise.resolve();
    },
    onAdvance: () => () => undefined,
    set: (ms) => {
      nowMs = ms;
    },
  };
}

export interface Harness {
  standIn: JiraStandIn;
  db: Database.Database;
  clock: ReturnType<typeof manualClock>;
  events: ForgeProductEvent[];
  sleeps: number[];
  call(method: string, url: string, caller?: CallerIdentity, body?: unknown): Promise<JsonResult>;
}

export interface JsonResult {
  status: number;
  headers: Record<string, string>;
  json: unknown;
  raw: LocalResponse;
}

export function makeStandIn(
  options: {
    db?: Database.Database;
    now?: Date;
    perIssueWriteLimit?: boolean;
    customFields?: JiraStandInOptions['customFields'];
    entityProperties?: JiraStandInOptions['entityProperties'];
  } = {},
): Harness {
  const db = options.db ?? new Database(':memory:');
  const clock = manualClock(options.now ?? new Date('2026-11-24T09:00:00.000Z'));
  const events: ForgeProductEvent[] = [];
  const sleeps: number[] = [];
  const standIn = createJiraStandIn({
    db,
    clock,
    baseUrl: BASE_URL,
    customFields: options.customFields ?? CUSTOM_FIELDS,
    ...(options.entityProperties === undefined ? {} : { entityProperties: options.entityProperties }),
    onEvent: (event) => events.push(event),
    perIssueWriteLimit: options.perIssueWriteLimit ?? false,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  });
  standIn.seedDemoSite();
  return {
    standIn,
    db,
    clock,
    events,
    sleeps,
    async call(method, url, caller = APP, body) {
      const parsed = new URL(url, BASE_URL);
      const raw = await standIn.handle(
        {
          method,
          path: parsed.pathname,
          query: parsed.searchParams,
          headers: { 'content-type': 'application/json' },
          body: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body),
        },
        caller,
      );
      const json: unknown = raw.body === '' ? undefined : JSON.parse(raw.body);
      return { status: raw.status, headers: raw.headers, json, raw };
    },
  };
}

/** Narrows a JSON value to an object for property access in assertions. */
export function obj(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`Expected a JSON object, got ${JSON.stringify(value)}`);
  }
  return Object.fromEntries(Object.entries(value));
}

export function arr(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`Expected a JSON array, got ${JSON.stringify(value)}`);
  return value;
}

export const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** The `customfield_N` id the stand-in gave a Forge field module, from `GET /rest/api/3/field`. */
export async function forgeFieldId(h: Harness, moduleKey: string): Promise<string> {
  const fields = arr((await h.call('GET', '/rest/api/3/field', APP)).json).map(obj);
  const field = fields.find((f) => String(obj(f['schema'])['custom']).endsWith(`/static/${moduleKey}`));
  if (field === undefined) throw new Error(`No Forge field for module '${moduleKey}'.`);
  return String(field['id']);
}

/** Creates a change request as the app through Create issue and answers its key. */
export async function createChange(h: Harness, summary = 'Deploy payments-api'): Promise<string> {
  const created = await h.call('POST', '/rest/api/3/issue', APP, {
    fields: { project: { key: 'CHG' }, issuetype: { id: '10005' }, summary },
  });
  if (created.status !== 201) throw new Error(`Create issue answered ${created.status}.`);
  return String(obj(created.json)['key']);
}
