import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The parts of `manifest.yml` the local runtime dispatches from (docs/platform-assumptions.md). Validation here is
 * deliberately loose beyond those parts: `@forge/manifest` is the real validator.
 */
const keyed = z.looseObject({ key: z.string().regex(/^[a-zA-Z0-9_-]+$/) });

const functionModule = keyed.extend({
  handler: z.string().regex(/^[^.]+\.[A-Za-z_$][\w$]*$/, 'handler must be "<file>.<export>"'),
  // 1..900 s, honoured only for consumer/scheduledTrigger functions (docs/platform-assumptions.md).
  timeoutSeconds: z.number().int().min(1).max(900).optional(),
});
const triggerModule = keyed.extend({
  function: z.string(),
  events: z.array(z.string()).min(1),
  filter: z.looseObject({ ignoreSelf: z.boolean().optional() }).optional(),
});
const webtriggerOutput = z.object({
  key: z.string(),
  statusCode: z.number().int(),
  contentType: z.string().optional(),
  body: z.string().max(1024).optional(),
});
const webtriggerModule = keyed.extend({
  function: z.string(),
  response: z
    .looseObject({
      type: z.enum(['static', 'dynamic']).optional(),
      outputs: z.array(webtriggerOutput).optional(),
    })
    .optional(),
});
const scheduledModule = keyed.extend({
  function: z.string(),
  interval: z.enum(['fiveMinute', 'hour', 'day', 'week']),
});
const consumerModule = keyed.extend({
  queue: z.string().regex(/^[a-zA-Z0-9_-]{1,36}$/),
  function: z.string(),
});
const egressEntry = z.union([
  z.string(),
  z.looseObject({ address: z.string() }),
  z.looseObject({ remote: z.string() }),
]);
const scopeGrant = z.looseObject({ allowImpersonation: z.boolean().optional() }).nullable();

const manifestSchema = z.looseObject({
  app: z.looseObject({ id: z.string().regex(/^ari:cloud:ecosystem::app\/[0-9a-f-]+$/) }),
  modules: z
    .looseObject({
      function: z.array(functionModule).optional(),
      trigger: z.array(triggerModule).optional(),
      webtrigger: z.array(webtriggerModule).optional(),
      scheduledTrigger: z.array(scheduledModule).max(5).optional(),
      consumer: z.array(consumerModule).optional(),
    })
    .catchall(z.unknown())
    .optional(),
  permissions: z
    .looseObject({
      scopes: z.union([z.array(z.string()), z.record(z.string(), scopeGrant)]).optional(),
      external: z
        .looseObject({ fetch: z.looseObject({ backend: z.array(egressEntry).optional() }).optional() })
        .optional(),
    })
    .optional(),
});

export type WebtriggerOutput = z.infer<typeof webtriggerOutput>;
export type EgressEntry = z.infer<typeof egressEntry>;

export interface FunctionRef {
  key: string;
  file: string;
  exportName: string;
  timeoutSeconds: number | undefined;
}
export interface ResolverModule {
  moduleKey: string;
  moduleType: string;
  functionKey: string;
}
export interface TriggerModule {
  moduleKey: string;
  functionKey: string;
  events: string[];
  ignoreSelf: boolean;
}
export interface WebtriggerModule {
  moduleKey: string;
  functionKey: string;
  /** Present for `response.type: static`: the function returns `{ outputKey }` mapped to one of these. */
  staticOutputs: WebtriggerOutput[] | undefined;
}
export interface ScheduledModule {
  moduleKey: string;
  functionKey: string;
  interval: 'fiveMinute' | 'hour' | 'day' | 'week';
}
export interface ConsumerModule {
  moduleKey: string;
  functionKey: string;
  queue: string;
}

export interface ForgeAppModel {
  /** The UUID part of `app.id`; the SDKs build `ari:cloud:ecosystem::app/<appId>` from it. */
  appId: string;
  functions: Map<string, FunctionRef>;
  resolvers: Map<string, ResolverModule>;
  triggers: TriggerModule[];
  webtriggers: Map<string, WebtriggerModule>;
  scheduled: ScheduledModule[];
  consumers: ConsumerModule[];
  scopes: string[];
  /** Scopes declared as `{ allowImpersonation: true }` (offline `asUser(accountId)`, docs/platform-assumptions.md). */
  impersonationScopes: string[];
  egressBackend: EgressEntry[];
}

const resolverRef = z.looseObject({ key: z.string(), resolver: z.looseObject({ function: z.string() }) });

function resolverModules(modules: Record<string, unknown>): Map<string, ResolverModule> {
  const found = new Map<string, ResolverModule>();
  for (const [moduleType, entries] of Object.entries(modules)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      const parsed = resolverRef.safeParse(entry);
      if (parsed.success) {
        found.set(parsed.data.key, {
          moduleKey: parsed.data.key,
          moduleType,
          functionKey: parsed.data.resolver.function,
        });
      }
    }
  }
  return found;
}

function requireFunction(
  functions: Map<string, FunctionRef>,
  moduleKey: string,
  functionKey: string,
): string {
  if (!functions.has(functionKey)) {
    throw new Error(
      `manifest.yml: module "${moduleKey}" refers to function "${functionKey}", which is not declared.`,
    );
  }
  return functionKey;
}

export function buildAppModel(manifest: unknown): ForgeAppModel {
  const parsed = manifestSchema.parse(manifest);
  const modules = parsed.modules ?? {};
  const functions = new Map<string, FunctionRef>();
  for (const fn of modules.function ?? []) {
    const [file = '', exportName = ''] = fn.handler.split('.');
    functions.set(fn.key, { key: fn.key, file, exportName, timeoutSeconds: fn.timeoutSeconds });
  }
  const resolvers = resolverModules(modules);
  for (const r of resolvers.values()) requireFunction(functions, r.moduleKey, r.functionKey);
  const scopes = parsed.permissions?.scopes ?? [];
  const scopeNames = Array.isArray(scopes) ? scopes : Object.keys(scopes);
  const impersonationScopes = Array.isArray(scopes)
    ? []
    : Object.entries(scopes)
        .filter(([, grant]) => grant?.allowImpersonation === true)
        .map(([scope]) => scope);
  return {
    appId: parsed.app.id.slice('ari:cloud:ecosystem::app/'.length),
    functions,
    resolvers,
    triggers: (modules.trigger ?? []).map((t) => ({
      moduleKey: t.key,
      functionKey: requireFunction(functions, t.key, t.function),
      events: t.events,
      ignoreSelf: t.filter?.ignoreSelf === true,
    })),
    webtriggers: new Map(
      (modules.webtrigger ?? []).map((w) => [
        w.key,
        {
          moduleKey: w.key,
          functionKey: requireFunction(functions, w.key, w.function),
          staticOutputs: w.response?.type === 'static' ? (w.response.outputs ?? []) : undefined,
        },
      ]),
    ),
    scheduled: (modules.scheduledTrigger ?? []).map((s) => ({
      moduleKey: s.key,
      functionKey: requireFunction(functions, s.key, s.function),
      interval: s.interval,
    })),
    consumers: (modules.consumer ?? []).map((c) => ({
      moduleKey: c.key,
      functionKey: requireFunction(functions, c.key, c.function),
      queue: c.queue,
    })),
    scopes: scopeNames,
    impersonationScopes,
    egressBackend: parsed.permissions?.external?.fetch?.backend ?? [],
  };
}

export function readManifest(appRoot: string): unknown {
  return parse(readFileSync(join(appRoot, 'manifest.yml'), 'utf8'));
}
