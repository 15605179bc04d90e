/**
 * Test glue: points the real @forge/kvs SDK at a SqliteKvsStore the way the host's `__forge_fetch__` will
 * (the host does it per invocation with AsyncLocalStorage; a test file owns its globals, so plain globals
 * suffice here). The runtime object has the shape of ../shared/reference/examples/offline-runtime-harness.js
 * and no `kvs` entry, so the SDK takes its `{ type: 'kvs', provider: 'app', remote: 'kvs' }` branch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createLocalClock, type LocalClock } from '../../../local/core/clock';
import {
  type EntityDefinition,
  handleKvsRequest,
  type KvsRequestInit,
  parseEntityDefinitions,
  SqliteKvsStore,
  toFetchResponse,
} from '../../../local/kvs';

export interface KvsTestContext {
  clock: LocalClock;
  store: SqliteKvsStore;
  /** Every KVS call the SDK made, in order, for assertions on the wire protocol. */
  calls: { target: unknown; path: string; body: unknown }[];
  /** Closes the store and opens a new one on the same file (a host restart). */
  reopen(): void;
  dispose(): void;
}

/** A manifest-shaped object with the entities the tests use. */
export const TEST_MANIFEST = {
  app: {
    id: 'ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000',
    storage: {
      entities: [
        {
          name: 'change-ledger',
          attributes: {
            system: { type: 'string' },
            status: { type: 'string' },
            createdAt: { type: 'integer' },
            risk: { type: 'float' },
            emergency: { type: 'boolean' },
            details: { type: 'any' },
          },
          indexes: [
            'status',
            { name: 'by-system-created', partition: ['system'], range: ['createdAt'] },
            { name: 'by-system-status', partition: ['system', 'status'], range: ['createdAt'] },
          ],
        },
      ],
    },
  },
};

export const TEST_START = new Date('2026-03-02T09:00:00.000Z');

interface FetchTarget {
  type: string;
}

function isFetchTarget(value: unknown): value is FetchTarget {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

export function installForgeKvs(options: { entities?: readonly EntityDefinition[] } = {}): KvsTestContext {
  const folder = mkdtempSync(join(tmpdir(), 'kvs-test-'));
  const filename = join(folder, 'kvs.sqlite');
  const clock = createLocalClock(TEST_START);
  const entities = options.entities ?? parseEntityDefinitions(TEST_MANIFEST);
  const open = () => new SqliteKvsStore({ filename, now: () => clock.now(), entities });
  const context: KvsTestContext = {
    clock,
    store: open(),
    calls: [],
    reopen() {
      context.store.close();
      context.store = open();
    },
    dispose() {
      context.store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  Object.assign(globalThis, {
    __forge_runtime__: {
      proxy: { token: 'local-token', url: 'http://localhost.invalid' },
      contextAri: 'ari:cloud:jira::site/local',
      container: {},
      appContext: {
        appId: 'local-app',
        appVersion: '1',
        environmentId: 'local',
        environmentType: 'DEVELOPMENT',
        invocationId: 'test-invocation',
        installationId: 'local-installation',
        functionKey: 'test',
        moduleType: 'test',
        moduleKey: 'test',
      },
      tracing: { traceId: 'trace', spanId: 'span' },
    },
    __forge_fetch__: async (target: unknown, path: string, init: KvsRequestInit = {}) => {
      if (!isFetchTarget(target) || target.type !== 'kvs') {
        throw new Error(`This harness only serves KVS calls (got ${JSON.stringify(target)}).`);
      }
      context.calls.push({
        target,
        path,
        body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      });
      return toFetchResponse(await handleKvsRequest(context.store, path, init));
    },
  });
  return context;
}
