/**
 * Runs app code inside a Forge invocation of the local host, as a function the host dispatched would run:
 * the real @forge/kvs SDK reads `__forge_runtime__` and sends its calls through `__forge_fetch__` to the
 * host's KVS (local/runtime/install-forge-globals.ts). For app functions no manifest module calls yet.
 * Only KVS calls are routed; anything else fails, naming the target.
 */
import { randomUUID } from 'node:crypto';
import type { LocalHost } from '../../../local/host/create-local-host';
import { handleKvsRequest, toFetchResponse } from '../../../local/kvs';
import { buildRuntimeGlobal } from '../../../local/runtime/forge-runtime-global';
import { invocationStore } from '../../../local/runtime/invocation-store';

export async function inHostInvocation<T>(host: LocalHost, work: () => Promise<T>): Promise<T> {
  const id = randomUUID();
  const runtime = buildRuntimeGlobal(host.runtime.identity, {
    invocationId: id,
    moduleKey: 'test',
    moduleType: 'test',
    functionKey: 'test',
    deadlineMs: Date.now() + 25_000,
    limitsScale: 1,
  });
  return invocationStore.run(
    {
      id,
      moduleKey: 'test',
      moduleType: 'test',
      functionKey: 'test',
      accountId: undefined,
      runtime,
      routes: {
        async forgeFetch(target, path, init) {
          if (target.type !== 'kvs')
            throw new Error(`in-host-invocation routes KVS only, not ${JSON.stringify(target)}`);
          const body = typeof init.body === 'string' ? init.body : undefined;
          return toFetchResponse(
            await handleKvsRequest(host.kvs, path, {
              method: init.method ?? 'POST',
              ...(body === undefined ? {} : { body }),
            }),
          );
        },
        egress: () => Promise.reject(new Error('in-host-invocation makes no egress calls')),
      },
    },
    work,
  );
}
