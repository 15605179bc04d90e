import type { LocalClock } from '../core/clock';
import type { LocalHandler, LocalRequest, LocalResponse } from '../core/http-types';
import { DueTaskList } from './due-tasks';
import { emitProductEvent, type ProductEvent, type TriggerDelivery } from './emit-product-event';
import { createRoutes, type EgressRoute, type KvsRoute } from './forge-fetch-router';
import { handleWebtrigger } from './handle-webtrigger';
import { invokeResolver, type ResolverCall } from './invoke-resolver';
import { createInvoker } from './invoker';
import { LocalQueue, type DeadLetter } from './local-queue';
import { buildAppModel, readManifest, type ForgeAppModel } from './manifest-model';
import type { QueueStore } from './queue-store';
import { createSqliteQueueStore } from './sqlite-queue-store';
import { installContextOf, type RuntimeIdentity } from './runtime-identity';
import { ScheduledTriggers } from './scheduled-triggers';
import { parseWebtriggerPath, webtriggerId, webtriggerUrl } from './webtrigger-urls';

export interface ForgeRuntimeOptions {
  /** Folder with `manifest.yml` and `src/` (handlers `file.export` resolve under `src/`). */
  appRoot: string;
  /** The parsed manifest; read from `<appRoot>/manifest.yml` when omitted. */
  manifest?: unknown;
  clock: LocalClock;
  /** The JSM stand-in, called in-process for asApp()/asUser() product requests. */
  jira: LocalHandler;
  /** The KVS store route (`/api/v1/get`, `/set`, `/query`, … with JSON bodies, as @forge/kvs sends them). */
  kvs: KvsRoute;
  /** Allowed external egress (GitHub stand-in, chat sinks); disallowed hosts never get here. */
  egress: EgressRoute;
  /** The host's own URL; webtrigger URLs are `${baseUrl}/x1/<id>`. */
  baseUrl: string;
  /** The app's bot user: events it caused are `selfGenerated` and skipped by `filter.ignoreSelf`. */
  appAccountId: string;
  log?: (line: string) => void;
  /**
   * Multiplies every real-time limit (25 s resolvers/triggers, 55 s webtriggers, consumer timeouts). Tests
   * pass e.g. 0.004 so a resolver that never resolves fails after 100 ms of real time; 1 (default) in the host.
   */
  limitsScale?: number;
  /** Failed deliveries of one event (thrown, timed out, InvocationError) before it is dead-lettered; default 5. */
  maxDeliveryAttempts?: number;
  /**
   * Where the async-events queue keeps its deliveries, job stats and dead letters (the local host passes one over
   * its database, so they survive a restart); default: in memory, for this runtime only.
   */
  queueStore?: QueueStore;
  cloudId?: string;
  installationId?: string;
  environmentId?: string;
  appVersion?: string;
}

export interface ForgeRuntime {
  readonly model: ForgeAppModel;
  readonly identity: RuntimeIdentity;
  invokeResolver(call: ResolverCall): Promise<unknown>;
  emitProductEvent(event: ProductEvent): Promise<TriggerDelivery[]>;
  handleWebtrigger(
    moduleKey: string,
    request: LocalRequest,
    rawHeaders?: readonly string[],
  ): Promise<LocalResponse>;
  /** Routes `/x1/<id>[/userPath]` to its module; undefined when the path is no webtrigger URL of this app. */
  handleWebtriggerRequest(
    request: LocalRequest,
    rawHeaders?: readonly string[],
  ): Promise<LocalResponse | undefined>;
  /** Module key → URL, as `webTrigger.getUrl(key)` answers inside the app. */
  listWebtriggers(): Record<string, string>;
  /** Runs every queue delivery and product-event retry due now on the clock; returns how many ran. */
  drainQueues(): Promise<number>;
  deadLetters(): DeadLetter[];
  /** Background pump for `npm start`: drains due work and fires scheduled triggers on real time. */
  start(pumpIntervalMs?: number): void;
  stop(): void;
  /** stop(), unsubscribe from the clock and close the queue: attempts still running record nothing after it. */
  dispose(): void;
}

const DEFAULTS = {
  cloudId: '7c0b5a5e-0000-4000-8000-00000000c10d',
  installationId: '1a2b3c4d-0000-4000-8000-0000000001a5',
  environmentId: '5e7e1d2c-0000-4000-8000-00000000e0e0',
  appVersion: '1.0.0',
};

export function createForgeRuntime(options: ForgeRuntimeOptions): ForgeRuntime {
  const log = options.log ?? (() => undefined);
  const model = buildAppModel(options.manifest ?? readManifest(options.appRoot));
  const identity: RuntimeIdentity = {
    appRoot: options.appRoot,
    appId: model.appId,
    appVersion: options.appVersion ?? DEFAULTS.appVersion,
    environmentId: options.environmentId ?? DEFAULTS.environmentId,
    installationId: options.installationId ?? DEFAULTS.installationId,
    cloudId: options.cloudId ?? DEFAULTS.cloudId,
    scopes: model.scopes,
    egressBackend: model.egressBackend,
  };
  const installContext = installContextOf(identity);
  const tasks = new DueTaskList();
  const urls = (): { moduleKey: string; url: string }[] =>
    [...model.webtriggers.keys()].map((moduleKey) => ({
      moduleKey,
      url: webtriggerUrl(options.baseUrl, identity, moduleKey),
    }));

  // The queue needs the invoker and the invoker's routes need the queue: bind through this holder.
  const queueRef: { current?: LocalQueue } = {};
  const invoke = createInvoker({
    model,
    identity,
    limitsScale: options.limitsScale ?? 1,
    log,
    routesFor: (principal) => {
      const queue = queueRef.current;
      if (!queue) throw new Error('Local Forge runtime is not initialised.');
      return createRoutes(
        {
          product: { jira: options.jira, impersonationScopes: model.impersonationScopes },
          stargate: { queue, webtriggerUrls: urls },
          kvs: options.kvs,
          egress: options.egress,
        },
        principal,
      );
    },
  });
  const queue = new LocalQueue({
    model,
    clock: options.clock,
    tasks,
    invoke,
    installContext,
    maxAttempts: options.maxDeliveryAttempts ?? 5,
    store: options.queueStore ?? createSqliteQueueStore(),
    log,
  });
  queueRef.current = queue;

  const scheduled = new ScheduledTriggers(
    { model, invoke, cloudId: identity.cloudId, installContext, log },
    options.clock.now(),
  );
  const unsubscribe = options.clock.onAdvance(async (_from, to) => {
    await scheduled.tick(to);
  });
  let pump: NodeJS.Timeout | undefined;

  const webtriggerDeps = { invoke, installContext, log };
  const runtime: ForgeRuntime = {
    model,
    identity,
    invokeResolver: (call) => invokeResolver({ model, identity, invoke }, call),
    emitProductEvent: (event) =>
      emitProductEvent(
        {
          model,
          clock: options.clock,
          tasks,
          invoke,
          installContext,
          appAccountId: options.appAccountId,
          log,
        },
        event,
      ),
    async handleWebtrigger(moduleKey, request, rawHeaders) {
      const module = model.webtriggers.get(moduleKey);
      if (!module) {
        return {
          status: 404,
          headers: { 'content-type': 'text/plain' },
          body: `No webtrigger "${moduleKey}".`,
        };
      }
      return handleWebtrigger(webtriggerDeps, module, request, rawHeaders);
    },
    async handleWebtriggerRequest(request, rawHeaders) {
      const parsed = parseWebtriggerPath(request.path);
      if (!parsed) return undefined;
      const moduleKey = [...model.webtriggers.keys()].find(
        (key) => webtriggerId(identity, key) === parsed.id,
      );
      return moduleKey === undefined ? undefined : runtime.handleWebtrigger(moduleKey, request, rawHeaders);
    },
    listWebtriggers: () => Object.fromEntries(urls().map((u) => [u.moduleKey, u.url])),
    drainQueues: () => tasks.runDue(() => options.clock.now()),
    deadLetters: () => queue.deadLetters(),
    start(pumpIntervalMs = 1000) {
      if (pump) return;
      pump = setInterval(() => {
        void Promise.all([scheduled.tick(options.clock.now()), runtime.drainQueues()]).catch(
          (error: unknown) => {
            log(`[forge] background pump failed: ${String(error)}`);
          },
        );
      }, pumpIntervalMs);
      pump.unref();
    },
    stop() {
      if (pump) clearInterval(pump);
      pump = undefined;
    },
    dispose() {
      runtime.stop();
      unsubscribe();
      queue.close();
    },
  };
  return runtime;
}
