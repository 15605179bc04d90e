import { AsyncLocalStorage } from 'node:async_hooks';

import type { ForgeFetchInit, ForgeFetchTarget } from './forge-fetch-target';

/** Where the globals send a call made inside one invocation; each runtime instance supplies its own. */
export interface InvocationRoutes {
  forgeFetch(target: ForgeFetchTarget, path: string, init: ForgeFetchInit): Promise<Response>;
  egress(url: string, init: RequestInit | undefined): Promise<Response>;
}

/** One running Forge function: what `__forge_runtime__` exposes and where its calls go. */
export interface Invocation {
  id: string;
  moduleKey: string;
  moduleType: string;
  functionKey: string;
  /** The principal (the invoking user) if the module type has one; undefined for webtriggers and the like. */
  accountId: string | undefined;
  /** The object the SDKs read as `global.__forge_runtime__` (see install-forge-globals.ts). */
  runtime: Record<string, unknown>;
  routes: InvocationRoutes;
}

const STORE_KEY = Symbol.for('async-cab.local.forge-invocation-store');

/**
 * One AsyncLocalStorage per process (kept on globalThis) so that two copies of this module, e.g. after
 * `jest.isolateModules`, still agree on the current invocation instead of reading a stale store.
 */
function isInvocationStore(value: unknown): value is AsyncLocalStorage<Invocation> {
  return value instanceof AsyncLocalStorage;
}

function sharedStore(): AsyncLocalStorage<Invocation> {
  const holder: Record<symbol, unknown> = globalThis;
  const existing = holder[STORE_KEY];
  if (isInvocationStore(existing)) return existing;
  const created = new AsyncLocalStorage<Invocation>();
  holder[STORE_KEY] = created;
  return created;
}

export const invocationStore: AsyncLocalStorage<Invocation> = sharedStore();

export function currentInvocation(): Invocation | undefined {
  return invocationStore.getStore();
}
