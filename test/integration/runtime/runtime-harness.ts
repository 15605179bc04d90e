// First import: installs the Forge globals and the egress fetch wrapper before any @forge/* module loads.
import {
  createForgeRuntime,
  type ForgeRuntime,
  type ForgeRuntimeOptions,
  type KvsRoute,
} from '../../../local/runtime';

import { join } from 'node:path';

import { z } from 'zod';

import { createLocalClock, type LocalClock } from '../../../local/core/clock';
import {
  emptyResponse,
  jsonResponse,
  type CallerIdentity,
  type LocalRequest,
} from '../../../local/core/http-types';

export const FIXTURE_APP = join(__dirname, '..', '..', 'fixtures', 'host-app');
export const BASE_URL = 'http://localhost:18080';
/** Demo-site identities (docs/demo-site.md). */
export const APP_ACCOUNT = '557058:a5ca0000-0000-4000-8000-00000000a001';
export const DANA = '712020:5e0c1d2a-0000-4000-8000-000000000001';
export const SAM = '712020:5e0c1d2a-0000-4000-8000-000000000003';
export const PAT = '712020:5e0c1d2a-0000-4000-8000-000000000007';

const keyBody = z.looseObject({ key: z.string(), value: z.unknown().optional() });

/** A trivial in-memory stand-in for the KVS route: get/set/delete as @forge/kvs sends them. */
export function createInMemoryKvs(): { store: Map<string, unknown>; route: KvsRoute } {
  const store = new Map<string, unknown>();
  const route: KvsRoute = (path, init) => {
    const { key, value } = keyBody.parse(JSON.parse(init.body ?? '{}'));
    if (path === '/api/v1/get') {
      return Promise.resolve(
        store.has(key)
          ? jsonResponse(200, { key, value: store.get(key) })
          : jsonResponse(404, { code: 'KEY_NOT_FOUND', message: `No value for ${key}` }),
      );
    }
    if (path === '/api/v1/set') {
      store.set(key, value);
      return Promise.resolve(emptyResponse(204));
    }
    if (path === '/api/v1/delete') {
      store.delete(key);
      return Promise.resolve(emptyResponse(204));
    }
    return Promise.resolve(jsonResponse(400, { code: 'UNSUPPORTED', message: `fake KVS has no ${path}` }));
  };
  return { store, route };
}

export interface JiraCall {
  caller: CallerIdentity;
  method: string;
  path: string;
  query: string;
  contentType: string | undefined;
}

export interface Harness {
  runtime: ForgeRuntime;
  clock: LocalClock;
  kvs: Map<string, unknown>;
  jiraCalls: JiraCall[];
  egressCalls: string[];
  dispose(): void;
}

export interface HarnessOptions {
  start?: Date;
  /** Awaited inside the fake Jira before it answers: lets a test interleave concurrent invocations. */
  holdJira?: (request: LocalRequest, caller: CallerIdentity) => Promise<void>;
  overrides?: Partial<ForgeRuntimeOptions>;
}

function accountOf(caller: CallerIdentity): string | undefined {
  if (caller.kind === 'app') return APP_ACCOUNT;
  return caller.kind === 'user' ? caller.accountId : undefined;
}

/** The fixture app wired to fakes that record what reached them. */
export function createHarness(options: HarnessOptions = {}): Harness {
  const clock = createLocalClock(options.start ?? new Date('2026-11-24T10:30:00Z'));
  const kvs = createInMemoryKvs();
  const jiraCalls: JiraCall[] = [];
  const egressCalls: string[] = [];
  const runtime = createForgeRuntime({
    appRoot: FIXTURE_APP,
    clock,
    baseUrl: BASE_URL,
    appAccountId: APP_ACCOUNT,
    kvs: kvs.route,
    jira: async (request, caller) => {
      jiraCalls.push({
        caller,
        method: request.method,
        path: request.path,
        query: request.query.toString(),
        contentType: request.headers['content-type'],
      });
      if (options.holdJira) await options.holdJira(request, caller);
      if (request.path === '/rest/api/3/myself') {
        return jsonResponse(200, {
          accountId: accountOf(caller),
          accountType: caller.kind === 'app' ? 'app' : 'atlassian',
        });
      }
      const issue = /^\/rest\/api\/3\/issue\/([A-Z]+-\d+)$/.exec(request.path);
      if (issue) return jsonResponse(200, { key: issue[1], fields: { summary: 'Rotate TLS certificates' } });
      return jsonResponse(404, { errorMessages: ['Not found'], errors: {} });
    },
    egress: (url) => {
      egressCalls.push(url);
      return Promise.resolve(
        new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } }),
      );
    },
    ...options.overrides,
  });
  return {
    runtime,
    clock,
    kvs: kvs.store,
    jiraCalls,
    egressCalls,
    dispose: () => {
      runtime.dispose();
    },
  };
}

/**
 * Asymmetric matchers typed `unknown` instead of jest's `any`, so they can sit inside expected objects under
 * the no-unsafe-assignment rule.
 */
export const textContaining = (text: string): unknown => expect.stringContaining(text);
export const textMatching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
export const anyText = (): unknown => expect.any(String);
