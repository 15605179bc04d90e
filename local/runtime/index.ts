// Must stay the first import: installs __forge_runtime__, __forge_fetch__ and the egress fetch wrapper
// before anything can load @forge/api (which captures globalThis.fetch at load time).
import './install-forge-globals';

export { installForgeGlobals } from './install-forge-globals';
export { createForgeRuntime, type ForgeRuntime, type ForgeRuntimeOptions } from './create-forge-runtime';
export { currentInvocation, type Invocation } from './invocation-store';
export { ForgeInvocationError, type ForgeInvocationErrorCode } from './forge-invocation-error';
export {
  INVOKE_REQUEST_LIMIT_BYTES,
  INVOKE_RESPONSE_LIMIT_BYTES,
  type AccountType,
  type ResolverCall,
} from './invoke-resolver';
export type { ProductEvent, TriggerDelivery, TriggerOutcome } from './emit-product-event';
export type { DeadLetter } from './local-queue';
export type { QueueStore } from './queue-store';
export { createSqliteQueueStore } from './sqlite-queue-store';
export type { EgressRoute, KvsRoute } from './forge-fetch-router';
export type { ForgeFetchInit, ForgeFetchTarget } from './forge-fetch-target';
export { buildAppModel, readManifest, type ForgeAppModel } from './manifest-model';
export { MAX_FIRINGS_PER_TICK } from './scheduled-triggers';
export { parseWebtriggerPath } from './webtrigger-urls';
