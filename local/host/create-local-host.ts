/**
 * The local host (docs/architecture.md): one HTTP port serving the JSM stand-in (`/rest/*`, HTTP Basic), the app's
 * webtriggers, the Custom UI pages, the sinks and `/_local/*`, with the app's real handlers running in the
 * Forge runtime emulation. Data lives in SQLite files under `dataDir` and survives restarts: Jira, KVS, the async
 * events queue and its dead letters, the fault switches and the clock's latest reading (clock-mark-store.ts).
 */
// The runtime must be imported before anything loads @forge/api (it installs the egress-aware fetch).
import { createForgeRuntime, createSqliteQueueStore, type ForgeRuntime } from '../runtime';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'yaml';
import { z } from 'zod';
import { createLocalClock, type LocalClock } from '../core/clock';
import { installShiftedDate } from '../core/shifted-date';
import { jsonResponse, type LocalRequest, type LocalResponse } from '../core/http-types';
import {
  createJiraStandIn,
  forgeCustomFieldModules,
  forgeEntityPropertyModules,
  type IncomingEmail,
  type JiraStandIn,
} from '../jira/create-jira-stand-in';
import type { ForgeProductEvent } from '../jira/events/forge-product-event';
import type { FaultSwitches } from '../jira/faults';
import { APP_ACCOUNT_ID } from '../jira/jira-site';
import { parseEntityDefinitions, SqliteKvsStore, handleKvsRequest } from '../kvs';
import { ChatSink } from '../sinks/chat-sink';
import { createEgressRouter } from '../sinks/egress-router';
import { GitHubStandIn } from '../sinks/github-stand-in';
import { openGitHubRecordStore } from '../sinks/github-store';
import { createUiHost } from '../ui-host/create-ui-host';
import { dashboardPath, globalPagePath, LOCAL_DASHBOARD_ID } from '../ui-host/module-urls';
import { ENTITIES, KEYS, SECRETS } from '../../src/adapters/kvs/storage-keys';
import { demoPolicy } from '../../src/domain/policy';
import { clockStart, createClockMarkStore } from './clock-mark-store';
import { demoSeed } from './demo-seed';
import { createFaultSettingsStore, type FaultSettingsStore } from './fault-settings-store';
import { handleHostEndpoint } from './host-endpoints';
import { hostUsers } from './host-users';
import { createJiraCallLog, type JiraCallRecord } from './jira-call-log';
import { BodyTooLargeError, readLocalRequest, writeLocalResponse } from './node-request';

export const REPO_ROOT = resolve(__dirname, '..', '..');

/*
 * One local installation's ids, given to the Forge runtime, the stand-in and the UI host alike: a Forge
 * field's `schema.custom` (stand-in) and `fieldType` (field frames) are the same extension ARI
 * `ari:cloud:ecosystem::extension/{app-id}/{environment-id}/static/{module-key}` (jira-custom-field,
 * "Field lifecycle"), and the bridge's `cloudId` / `environmentId` match the resolver's.
 */
const LOCAL_CLOUD_ID = '7c0b5a5e-0000-4000-8000-00000000c10d';
const LOCAL_ENVIRONMENT_ID = '5e7e1d2c-0000-4000-8000-00000000e0e0';

const manifestAppId = z.looseObject({
  app: z.looseObject({ id: z.string().regex(/^ari:cloud:ecosystem::app\/[0-9a-f-]+$/) }),
});

export interface LocalHostOptions {
  /** Folder with manifest.yml and src/ (default: this repository). Tests pass a fixture app. */
  appRoot?: string;
  /** Where the SQLite files live (default `<repo>/.local-data`). */
  dataDir?: string;
  /** Delete the data files first: Jira, KVS, queued events, dead letters, faults and the clock's mark. */
  reset?: boolean;
  /** 0 picks a free port. */
  port?: number;
  hostname?: string;
  /**
   * Start the fast-forwardable clock at this instant (default: now); on data a host has run on, never before the
   * clock's latest reading there (clock-mark-store.ts).
   */
  startAt?: Date;
  /** Run the background queue pump (npm start); tests call settle() instead. */
  background?: boolean;
  limitsScale?: number;
  log?: (line: string) => void;
  /**
   * The GitHub webhook secret to verify deliveries with (npm start: GITHUB_WEBHOOK_SECRET). Replaces the
   * stored one when given; when left out, a fresh data folder gets DEMO_GITHUB_WEBHOOK_SECRET.
   */
  githubWebhookSecret?: string;
  /**
   * Save the demo site's policy when none is stored (default true). `false` starts like a fresh install of
   * the real app: no policy saved, so the app falls back to the empty policy and guides the admin.
   */
  demoPolicy?: boolean;
}

export interface LocalHost {
  url: string;
  port: number;
  clock: LocalClock;
  runtime: ForgeRuntime;
  jira: JiraStandIn;
  kvs: SqliteKvsStore;
  github: GitHubStandIn;
  chat: ChatSink;
  /** Every Jira/JSM call the app made (asApp and asUser), in order: for tests and the Jira-call benches. */
  appJiraCalls: JiraCallRecord[];
  /** The GitHub webhook secret deliveries must currently be signed with (local only: printed by npm start). */
  githubWebhookSecret: string;
  /** Waits until product events and queue deliveries due now have run; returns how many ran. */
  settle(): Promise<number>;
  close(): Promise<void>;
}

export async function startLocalHost(options: LocalHostOptions = {}): Promise<LocalHost> {
  const appRoot = options.appRoot ?? REPO_ROOT;
  const dataDir = options.dataDir ?? join(REPO_ROOT, '.local-data');
  const log = options.log ?? (() => undefined);
  if (options.reset === true) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });

  const manifest: unknown = parse(readFileSync(join(appRoot, 'manifest.yml'), 'utf8'));
  const appId = manifestAppId.parse(manifest).app.id.slice('ari:cloud:ecosystem::app/'.length);
  const db = new Database(join(dataDir, 'jira.sqlite'));
  db.pragma('journal_mode = WAL');
  const clockMark = createClockMarkStore(db);
  const markMs = clockMark.read();
  const start = clockStart(options.startAt, markMs);
  const clock = createLocalClock(start);
  if (start !== undefined && start.getTime() === markMs) {
    log(`the host clock resumes at ${start.toISOString()}, where it stopped on this data`);
  }
  clockMark.save(clock.now().getTime());
  clock.onAdvance((_from, to) => {
    clockMark.save(to.getTime());
  });
  // The app's `new Date()` follows the host clock too (deadlines, decision times), as Forge code reads
  // the wall clock directly.
  const restoreDate = installShiftedDate(() => clock.offsetMs());
  const server = createServer();
  await listen(server, options.port ?? 8080, options.hostname ?? '127.0.0.1');
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${String(port)}`;

  const entities = parseEntityDefinitions(manifest);
  const kvs = new SqliteKvsStore({
    filename: join(dataDir, 'kvs.sqlite'),
    now: () => clock.now(),
    entities,
  });
  seedChatWebhook(kvs);
  // Only for an app that stores a policy (fixture apps in the tests do not).
  const storesPolicy = entities.some((entity) => entity.name === ENTITIES.policy);
  if (options.demoPolicy !== false && storesPolicy) seedDemoPolicy(kvs, clock.now());
  const githubWebhookSecret = seedGitHubWebhookSecret(kvs, options.githubWebhookSecret, clock.now());
  const githubRecords = openGitHubRecordStore(join(dataDir, 'github.sqlite'));
  const github = new GitHubStandIn(() => clock.now(), githubRecords);
  const chat = new ChatSink(() => clock.now());

  const pendingEvents = new Set<Promise<unknown>>();
  // The stand-in is built before the runtime that receives its events.
  const events: { runtime?: ForgeRuntime } = {};
  const onEvent = (event: ForgeProductEvent) => {
    // Jira delivers product events asynchronously, never inside the request that caused them.
    const delivery = new Promise<void>((resolveDelivery) => setImmediate(resolveDelivery))
      .then(() => events.runtime?.emitProductEvent({ ...event }))
      .catch((error: unknown) => {
        log(`product event ${event.eventType} failed: ${String(error)}`);
      })
      .finally(() => {
        pendingEvents.delete(delivery);
      });
    pendingEvents.add(delivery);
  };
  const jira = createJiraStandIn({
    db,
    clock,
    baseUrl: url,
    customFields: forgeCustomFieldModules(manifest),
    entityProperties: forgeEntityPropertyModules(manifest),
    onEvent,
    appId,
    environmentId: LOCAL_ENVIRONMENT_ID,
  });
  jira.seedDemoSite();

  const jiraCalls = createJiraCallLog(() => clock.now());
  const runtime = createForgeRuntime({
    appRoot,
    manifest,
    clock,
    jira: (request, caller) => {
      jiraCalls.record(request, caller);
      return jira.handle(request, caller);
    },
    kvs: (path, init) => handleKvsRequest(kvs, path, init),
    egress: createEgressRouter({ github, chat }),
    baseUrl: url,
    appAccountId: APP_ACCOUNT_ID,
    cloudId: LOCAL_CLOUD_ID,
    environmentId: LOCAL_ENVIRONMENT_ID,
    log,
    ...(options.limitsScale === undefined ? {} : { limitsScale: options.limitsScale }),
    queueStore: createSqliteQueueStore(db),
  });
  events.runtime = runtime;

  const settle = async (): Promise<number> => {
    let ran = 0;
    for (let round = 0; round < 100; round++) {
      await Promise.all([...pendingEvents]);
      const now = await runtime.drainQueues();
      ran += now;
      if (now === 0 && pendingEvents.size === 0) return ran;
    }
    return ran;
  };

  // The host reads its users before the saved faults are back: its own start-up never meets them.
  const users = await hostUsers(jira);
  keepFaultSettings(jira.faults, createFaultSettingsStore(db));

  const uiHost = createUiHost({
    appRoot,
    manifest,
    users,
    baseUrl: url,
    cloudId: LOCAL_CLOUD_ID,
    environmentId: LOCAL_ENVIRONMENT_ID,
    invokeResolver: (call) =>
      runtime.invokeResolver({
        moduleKey: call.moduleKey,
        functionKey: call.functionKey,
        payload: call.payload,
        ...(call.accountId === undefined ? {} : { accountId: call.accountId }),
        accountType: call.accountType,
        extension: call.extension,
        localId: call.localId,
      }),
    requestJira: (request, accountId) => jira.handle(request, { kind: 'user', accountId }),
  });

  const startedAt = clock.now();
  const endpointDeps = {
    clock,
    runtime,
    github,
    chat,
    faults: jira.faults,
    outbox: () => jira.outbox(),
    seed: () => demoSeed(url),
    createRequestFromEmail: (email: IncomingEmail) => jira.createRequestFromEmail(email),
    settle,
    startedAt,
    baseUrl: url,
    jiraCalls,
    appPages: [
      {
        label: 'The Async CAB page (Waiting for me, All open changes)',
        href: globalPagePath(appId, LOCAL_ENVIRONMENT_ID),
      },
      { label: 'Dashboard with the Async CAB gadget', href: dashboardPath(LOCAL_DASHBOARD_ID) },
    ],
  };

  const route = async (request: LocalRequest, raw: IncomingMessage): Promise<LocalResponse> => {
    const local = await handleHostEndpoint(request, endpointDeps);
    if (local) return local;
    if (request.path.startsWith('/rest/')) {
      const caller = jira.resolveBasicAuth(request.headers.authorization);
      if (caller === null) {
        return jsonResponse(
          401,
          {
            errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
            errors: {},
          },
          { 'www-authenticate': 'Basic realm="local Jira"' },
        );
      }
      return jira.handle(request, caller);
    }
    const webtrigger = await runtime.handleWebtriggerRequest(request, raw.rawHeaders);
    if (webtrigger) return webtrigger;
    const page = await uiHost.handle(request);
    if (page) return page;
    if (request.path === '/') return { status: 302, headers: { location: '/_local/' }, body: '' };
    return jsonResponse(404, {
      error: `Nothing is served at ${request.method} ${request.path}. See GET /_local/ for what the host serves.`,
    });
  };

  server.on('request', (raw: IncomingMessage, res: ServerResponse) => {
    readLocalRequest(raw)
      .then((request) => route(request, raw))
      .then((response) => {
        writeLocalResponse(res, response);
      })
      .catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) {
          writeLocalResponse(res, jsonResponse(413, { error: error.message }));
          return;
        }
        log(
          `request ${raw.method ?? ''} ${raw.url ?? ''} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        writeLocalResponse(
          res,
          jsonResponse(500, { error: 'The local host failed to answer; see its log.' }),
        );
      });
  });

  if (options.background === true) runtime.start();

  return {
    url,
    port,
    clock,
    runtime,
    jira,
    kvs,
    github,
    chat,
    appJiraCalls: jiraCalls.calls,
    githubWebhookSecret,
    settle,
    async close() {
      runtime.dispose();
      await new Promise<void>((resolveClose) => {
        server.close(() => {
          resolveClose();
        });
        server.closeAllConnections();
      });
      await Promise.allSettled([...pendingEvents]);
      clockMark.save(clock.now().getTime());
      kvs.close();
      db.close();
      githubRecords.close();
      restoreDate();
    },
  };
}

/** Puts back the fault switches saved on this data and saves every change (local/host/fault-settings-store.ts). */
function keepFaultSettings(faults: FaultSwitches, store: FaultSettingsStore): void {
  const saved = store.load();
  if (saved !== undefined) faults.restore(saved);
  faults.onChange((state) => {
    store.save(state);
  });
}

function listen(server: Server, port: number, hostname: string): Promise<void> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
}

/** The demo site's team channel: a Slack incoming webhook that the chat sink answers (see /_local/pages/chat). */
export const DEMO_CHAT_WEBHOOK = 'https://hooks.slack.com/services/T0LOCAL00/B0LOCAL00/localdemowebhooktoken';

function seedChatWebhook(kvs: SqliteKvsStore): void {
  if (kvs.get({ area: 'secret' }, SECRETS.chatWebhookUrl) === undefined) {
    kvs.set({ area: 'secret' }, SECRETS.chatWebhookUrl, DEMO_CHAT_WEBHOOK);
  }
}

/**
 * The demo site's policy, saved the way the admin page saves one (`policy-document` entity, revision 1), so
 * `npm start` and the tests route against the demo groups and systems. A real install starts empty.
 */
function seedDemoPolicy(kvs: SqliteKvsStore, now: Date): void {
  const place = { area: 'entity' as const, entityName: ENTITIES.policy };
  if (kvs.get(place, KEYS.policy) !== undefined) return;
  kvs.set(place, KEYS.policy, {
    revision: 1,
    updatedAt: now.toISOString(),
    updatedBy: 'local host demo seed',
    document: demoPolicy,
  });
}

/** The local default when GITHUB_WEBHOOK_SECRET is unset (npm start prints it). Never used outside this host. */
export const DEMO_GITHUB_WEBHOOK_SECRET = 'async-cab-local-webhook-secret';

const StoredWebhookSecretsSchema = z.object({ current: z.string().min(1) }).loose();

/** Seeds the app's webhook secret the way the admin page stores it (`{ current, previous, rotatedAt }`). */
function seedGitHubWebhookSecret(kvs: SqliteKvsStore, wanted: string | undefined, now: Date): string {
  const stored = StoredWebhookSecretsSchema.safeParse(
    kvs.get({ area: 'secret' }, SECRETS.githubWebhookSecrets)?.value,
  );
  const current = stored.success ? stored.data.current : undefined;
  if (current !== undefined && (wanted === undefined || wanted === current)) return current;
  const secret = wanted ?? DEMO_GITHUB_WEBHOOK_SECRET;
  kvs.set({ area: 'secret' }, SECRETS.githubWebhookSecrets, {
    current: secret,
    previous: current ?? null,
    rotatedAt: now.toISOString(),
  });
  return secret;
}
