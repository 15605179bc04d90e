import { ForgeInvocationError } from './forge-invocation-error';
import type { Invoke } from './invoker';
import type { ForgeAppModel } from './manifest-model';
import { installContextOf, type RuntimeIdentity } from './runtime-identity';

/** Front-end `invoke` limits: request ≤ 500 KB, response ≤ 5 MB; resolvers run ≤ 25 s (docs/platform-assumptions.md). */
export const INVOKE_REQUEST_LIMIT_BYTES = 500 * 1024;
export const INVOKE_RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
const RESOLVER_LIMIT_SECONDS = 25;

export type AccountType = 'licensed' | 'unlicensed' | 'customer' | 'anonymous';

export interface ResolverCall {
  /** The UI module whose `resolver.function` handles the call. */
  moduleKey: string;
  /** The key given to `resolver.define(...)`. */
  functionKey: string;
  payload?: unknown;
  /** The signed-in user; anonymous portal users all share 'unidentified' on Forge. */
  accountId?: string;
  accountType?: AccountType;
  /** The module's extension context (issue, project, portal request, …). */
  extension?: Record<string, unknown>;
  localId?: string;
}

export interface ResolverDeps {
  model: ForgeAppModel;
  identity: RuntimeIdentity;
  invoke: Invoke;
}

function jsonBytes(value: unknown): number {
  // JSON.stringify(undefined) is undefined at run time although typed string: a resolver may return nothing.
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value));
}

/**
 * Calls a module's resolver function the way the platform does (docs/platform-assumptions.md):
 * `handler({ call: { functionKey, payload }, context }, { principal: { accountId }, installContext })`.
 * Rejects with ForgeInvocationError: PAYLOAD_TOO_LARGE, RESPONSE_TOO_LARGE, FUNCTION_TIME_OUT,
 * MODULE_NOT_FOUND, or FUNCTION_ERR (the resolver threw; the original error is the `cause`).
 */
export async function invokeResolver(deps: ResolverDeps, call: ResolverCall): Promise<unknown> {
  const module = deps.model.resolvers.get(call.moduleKey);
  if (!module) {
    throw new ForgeInvocationError(
      'MODULE_NOT_FOUND',
      `No module "${call.moduleKey}" with a resolver in manifest.yml.`,
    );
  }
  const installContext = installContextOf(deps.identity);
  const context = {
    extension: call.extension ?? {},
    accountType: call.accountType ?? (call.accountId === undefined ? 'anonymous' : 'licensed'),
    localId: call.localId ?? `${module.moduleKey}-local`,
    moduleKey: module.moduleKey,
    cloudId: deps.identity.cloudId,
    environmentId: deps.identity.environmentId,
    environmentType: 'DEVELOPMENT',
  };
  const request = { call: { functionKey: call.functionKey, payload: call.payload ?? {} }, context };
  const requestBytes = jsonBytes(request);
  if (requestBytes > INVOKE_REQUEST_LIMIT_BYTES) {
    throw new ForgeInvocationError(
      'PAYLOAD_TOO_LARGE',
      `invoke request is ${requestBytes} bytes; Forge accepts at most ${INVOKE_REQUEST_LIMIT_BYTES} (500 KB).`,
    );
  }
  const backend = {
    installContext,
    ...(call.accountId === undefined ? {} : { principal: { accountId: call.accountId } }),
  };
  let result: unknown;
  try {
    result = await deps.invoke(
      {
        moduleKey: module.moduleKey,
        moduleType: module.moduleType,
        functionKey: module.functionKey,
        accountId: call.accountId,
        limitSeconds: RESOLVER_LIMIT_SECONDS,
      },
      request,
      backend,
    );
  } catch (error) {
    if (error instanceof ForgeInvocationError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ForgeInvocationError('FUNCTION_ERR', `Resolver "${call.functionKey}" failed: ${message}`, {
      cause: error,
    });
  }
  const responseBytes = jsonBytes(result);
  if (responseBytes > INVOKE_RESPONSE_LIMIT_BYTES) {
    throw new ForgeInvocationError(
      'RESPONSE_TOO_LARGE',
      `Resolver "${call.functionKey}" returned ${responseBytes} bytes; Forge allows at most 5 MB.`,
    );
  }
  return result;
}
