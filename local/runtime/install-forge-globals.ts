import type { ForgeFetchInit, ForgeFetchTarget } from './forge-fetch-target';
import { currentInvocation } from './invocation-store';

/**
 * Installs the two globals the @forge/* SDKs read, plus the egress `fetch` wrapper, once per global object.
 *
 * ORDERING REQUIREMENT: `@forge/api` captures `globalThis.fetch` when it is first loaded
 * (`getFetchAPI()` in `@forge/api/out/api/fetch.js` runs at module load and keeps the function it saw), so
 * this must run before anything loads `@forge/api` (or `@forge/events`, which loads it). Importing
 * `local/runtime` (its index imports this module first) before the app's handlers is enough; the host
 * must not import `@forge/api` itself before that.
 *
 * Both globals read the current invocation from AsyncLocalStorage, never from a shared mutable variable, so
 * concurrent invocations each see their own context (docs/platform-assumptions.md; docs/architecture.md).
 */
const INSTALLED = Symbol.for('async-cab.local.forge-globals-installed');

type FetchFunction = typeof globalThis.fetch;

function urlOf(input: Parameters<FetchFunction>[0]): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.toString();
  return input.url;
}

export function installForgeGlobals(): void {
  const holder: Record<symbol, unknown> = globalThis;
  if (holder[INSTALLED] === true) return;
  holder[INSTALLED] = true;

  Object.defineProperty(globalThis, '__forge_runtime__', {
    configurable: true,
    enumerable: false,
    // `undefined` outside an invocation: the SDKs then throw their own "Forge runtime not found." error.
    get: () => currentInvocation()?.runtime,
  });

  const forgeFetch = async (
    target: ForgeFetchTarget,
    path: string,
    init?: ForgeFetchInit,
  ): Promise<Response> => {
    const invocation = currentInvocation();
    if (!invocation) {
      throw new Error(
        `Forge runtime not found: __forge_fetch__ was called outside a Forge invocation (${target.type} ${path}). ` +
          'Library callbacks that lose the async context need bindInvocationContext, as on Forge.',
      );
    }
    return invocation.routes.forgeFetch(target, path, init ?? {});
  };
  Object.defineProperty(globalThis, '__forge_fetch__', {
    configurable: true,
    writable: true,
    value: forgeFetch,
  });

  const originalFetch: FetchFunction = globalThis.fetch.bind(globalThis);
  const wrappedFetch: FetchFunction = async (input, init) => {
    const invocation = currentInvocation();
    // Outside an invocation (tests, the host itself) the real network fetch is used unchanged.
    if (!invocation) return originalFetch(input, init);
    return invocation.routes.egress(urlOf(input), init);
  };
  globalThis.fetch = wrappedFetch;
}

installForgeGlobals();
