import { randomUUID } from 'node:crypto';

import { buildRuntimeGlobal } from './forge-runtime-global';
import { ForgeInvocationError } from './forge-invocation-error';
import { loadHandler, type ForgeHandler } from './handler-loader';
import { invocationStore, type InvocationRoutes } from './invocation-store';
import type { ForgeAppModel } from './manifest-model';
import type { RuntimeIdentity } from './runtime-identity';
import { withTimeLimit } from './time-limit';

export interface InvocationSpec {
  moduleKey: string;
  moduleType: string;
  functionKey: string;
  accountId: string | undefined;
  limitSeconds: number;
}

export interface InvokerDeps {
  model: ForgeAppModel;
  identity: RuntimeIdentity;
  limitsScale: number;
  routesFor(accountId: string | undefined): InvocationRoutes;
  log(line: string): void;
}

/** Runs one Forge function with the platform's calling convention `handler(event, context)`. */
export type Invoke = (spec: InvocationSpec, event: unknown, context: unknown) => Promise<unknown>;

export function createInvoker(deps: InvokerDeps): Invoke {
  const handlers = new Map<string, ForgeHandler>();

  const handlerFor = (functionKey: string): ForgeHandler => {
    const cached = handlers.get(functionKey);
    if (cached) return cached;
    const fn = deps.model.functions.get(functionKey);
    if (!fn)
      throw new ForgeInvocationError(
        'MODULE_NOT_FOUND',
        `manifest.yml declares no function "${functionKey}".`,
      );
    const loaded = loadHandler(deps.identity.appRoot, fn);
    handlers.set(functionKey, loaded);
    return loaded;
  };

  return async (spec, event, context) => {
    // Loaded before the clock starts so that a cold `require` (SWC/tsx compile) never eats the time limit.
    const handler = handlerFor(spec.functionKey);
    const id = randomUUID();
    const started = Date.now();
    const runtime = buildRuntimeGlobal(deps.identity, {
      invocationId: id,
      moduleKey: spec.moduleKey,
      moduleType: spec.moduleType,
      functionKey: spec.functionKey,
      deadlineMs: started + spec.limitSeconds * 1000 * deps.limitsScale,
      limitsScale: deps.limitsScale,
    });
    const invocation = {
      id,
      moduleKey: spec.moduleKey,
      moduleType: spec.moduleType,
      functionKey: spec.functionKey,
      accountId: spec.accountId,
      runtime,
      routes: deps.routesFor(spec.accountId),
    };
    const work = invocationStore.run(invocation, async () => await handler(event, context));
    const label = `${spec.moduleType} "${spec.moduleKey}" (function ${spec.functionKey})`;
    try {
      const result = await withTimeLimit(work, spec.limitSeconds, deps.limitsScale, label);
      deps.log(`[forge] ${label} ok in ${Date.now() - started} ms`);
      return result;
    } catch (error) {
      deps.log(`[forge] ${label} failed in ${Date.now() - started} ms: ${String(error)}`);
      throw error;
    }
  };
}
