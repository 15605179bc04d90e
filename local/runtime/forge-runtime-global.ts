import { randomBytes } from 'node:crypto';

import { installContextOf, type RuntimeIdentity } from './runtime-identity';

export interface RuntimeGlobalSpec {
  invocationId: string;
  moduleKey: string;
  moduleType: string;
  functionKey: string;
  /** Real-time deadline (ms since epoch) and the scale that maps real ms back to Forge ms. */
  deadlineMs: number;
  limitsScale: number;
}

const noopMetric = {
  incr: () => undefined,
  incrBy: () => undefined,
  decr: () => undefined,
  decrBy: () => undefined,
  set: () => undefined,
  measure: () => ({ stop: () => undefined }),
};

/**
 * The object `global.__forge_runtime__` returns during one invocation. Fields are those the SDKs read:
 * `appContext` and `lambdaContext.getRemainingTimeInMillis` (`getAppContext`, `@forge/api/out/api/runtime.js`),
 * `contextAri` and `appContext.appId/environmentId` (webTrigger.getUrl), `metrics` (wrapInMetrics),
 * `proxy`/`tracing` (KVS when `kvs.url` is set, which we leave unset), `container.appCodeDir` (i18n),
 * `externalAuth` (asUser().withProvider); see also reference/examples/offline-runtime-harness.js.
 */
export function buildRuntimeGlobal(
  identity: RuntimeIdentity,
  spec: RuntimeGlobalSpec,
): Record<string, unknown> {
  return {
    proxy: { token: 'local-forge-runtime', url: 'http://local-forge-proxy.invalid' },
    contextAri: installContextOf(identity),
    container: { appCodeDir: identity.appRoot },
    appContext: {
      appId: identity.appId,
      appVersion: identity.appVersion,
      environmentId: identity.environmentId,
      environmentType: 'DEVELOPMENT',
      invocationId: spec.invocationId,
      installationId: identity.installationId,
      functionKey: spec.functionKey,
      moduleType: spec.moduleType,
      moduleKey: spec.moduleKey,
      permissions: { scopes: identity.scopes, external: { fetch: { backend: identity.egressBackend } } },
    },
    lambdaContext: {
      awsRequestId: spec.invocationId,
      getRemainingTimeInMillis: () =>
        Math.max(0, Math.round((spec.deadlineMs - Date.now()) / spec.limitsScale)),
    },
    tracing: { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') },
    metrics: { counter: () => noopMetric, timing: () => noopMetric, gauge: () => noopMetric },
    featureFlags: () => false,
    externalAuth: [],
  };
}
