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
  type ConditionalWriteFailure,
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
  /**
   * Spoils the next SDK call to `path` as a network or gateway can: `landed: true` lets the store run it and
   * then answers the failure instead (a lost response); `landed: false` answers without reaching the store.
   */
  failNext(fault: TransportFault): void;
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

export interface TransportFault {
  path: string;
  landed: boolean;
  status: number;
  code: string;
}

interface FetchTarget {
  type: string;
}

function isFetchTarget(value: unknown): value is FetchTarget {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

export function installForgeKvs(
  options: {
    entities?: readonly EntityDefinition[];
    conditionalWriteFailure?: ConditionalWriteFailure;
    expiredRowsLingerMs?: number;
  } = {},
): KvsTestContext {
  const folder = mkdtempSync(join(tmpdir(), 'kvs-test-'));
  const filename = join(folder, 'kvs.sqlite');
  const clock = createLocalClock(TEST_START);
  const entities = options.entities ?? parseEntityDefinitions(TEST_MANIFEST);
  const { conditionalWriteFailure, expiredRowsLingerMs } = options;
  const open = () =>
    new SqliteKvsStore({
      filename,
      now: () => clock.now(),
      entities,
      ...(conditionalWriteFailure === undefined ? {} : { conditionalWriteFailure }),
      ...(expiredRowsLingerMs === undefined ? {} : { expiredRowsLingerMs }),
    });
  const faults: TransportFault[] = [];
  const context: KvsTestContext = {
    clock,
    store: open(),
    calls: [],
    failNext(fault) {
      faults.push(fault);
    },
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
      const faultAt = faults.findIndex((fault) => fault.path === path);
      const fault = faultAt < 0 ? undefined : faults.splice(faultAt, 1)[0];
      if (fault === undefined || fault.landed) {
        const answer = await handleKvsRequest(context.store, path, init);
        if (fault === undefined) return toFetchResponse(answer);
      }
      return toFetchResponse({
        status: fault.status,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: fault.code, message: 'Injected by the test harness.' }),
      });
    },
  });
  return context;
}
