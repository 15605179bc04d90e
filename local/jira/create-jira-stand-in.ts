import type BetterSqlite3 from 'better-sqlite3';
import type { LocalClock } from '../core/clock';
import type { CallerIdentity, LocalHandler, LocalRequest, LocalResponse } from '../core/http-types';
import { resolveActor, type Actor } from './access';
import { resolveBasicAuth } from './basic-auth';
import {
  createRequestFromEmail,
  type EmailRequestOutcome,
  type IncomingEmail,
} from './email/create-request-from-email';
import { errorFor, JiraHttpError } from './errors';
import type { ForgeProductEvent } from './events/forge-product-event';
import { createFaultEngine, type FaultEngine, type FaultSwitches } from './faults';
import { createFieldCatalog, type ForgeCustomFieldModule } from './fields/field-catalog';
import { createEntityPropertyIndex, type ForgeEntityPropertyModule } from './jql/entity-property-index';
import { createJiraSite, type JiraSite } from './jira-site';
import { matchRoute, type Route } from './router';
import { appFieldValuesRoutes } from './routes/app-field-values-routes';
import { approvalsRoutes } from './routes/approvals-routes';
import { commentsRoutes } from './routes/comments-routes';
import { fieldsRoutes } from './routes/fields-routes';
import { groupsRoutes } from './routes/groups-routes';
import { issuePropertiesRoutes } from './routes/issue-properties-routes';
import { issuesRoutes } from './routes/issues-routes';
import { notifyRoutes } from './routes/notify-routes';
import { searchRoutes } from './routes/search-routes';
import { serviceDeskRequestsRoutes } from './routes/servicedesk-requests-routes';
import { customerRequestsListRoute } from './routes/customer-requests-list-route';
import { serviceDeskRoutes } from './routes/servicedesk-routes';
import { transitionsRoutes } from './routes/transitions-routes';
import { usersRoutes } from './routes/users-routes';
import { workflowsRoutes } from './routes/workflows-routes';
import { seedDemoSite } from './seed';
import { allocateCustomFieldIds } from './store/custom-fields-store';
import { createJiraTables } from './store/create-jira-tables';
import type { EmailMessage } from './store/outbox-store';

export { forgeCustomFieldModules } from './fields/forge-field-modules';
export { forgeEntityPropertyModules } from './jql/entity-property-index';
export { forgeAccountTypeOf, type AccountLicence, type ForgeAccountType } from './users/account-licence';
export type { EmailRequestOutcome, IncomingEmail } from './email/create-request-from-email';

export interface JiraStandInOptions {
  /** The host's database; the stand-in creates its own `jira_*` tables in it. */
  db: BetterSqlite3.Database;
  clock: LocalClock;
  /** The site URL used in `self` links, e.g. `http://localhost:8080`. */
  baseUrl: string;
  /**
   * The app's `jira:customField` modules from manifest.yml, with `readOnly` and an object field's `schema`
   * (`forgeCustomFieldModules(manifest)` in fields/forge-field-modules.ts reads them).
   */
  customFields: ForgeCustomFieldModule[];
  /**
   * The app's `jira:entityProperty` modules (`forgeEntityPropertyModules(manifest)`): only the values they
   * declare are indexed for JQL, with their types. Left out, no issue property value is searchable.
   */
  entityProperties?: ForgeEntityPropertyModule[];
  onEvent: (event: ForgeProductEvent) => void;
  /** App id (uuid part of the manifest's `app.id` ARI) used in Forge fields' `schema.custom`. */
  appId?: string;
  environmentId?: string;
  /** Start with Jira's per-issue write limit switched on (default off; `faults.perIssueWriteLimit` toggles it). */
  perIssueWriteLimit?: boolean;
  /** How added latency waits; tests inject a recorder instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
}

export interface JiraStandIn {
  handle: LocalHandler;
  seedDemoSite(): void;
  /** Plays a site admin editing the workflow: with `false` the app-only transitions lose their condition. */
  restrictAppOnlyTransitions(restricted: boolean): void;
  faults: FaultSwitches;
  outbox(): EmailMessage[];
  resolveBasicAuth(authorizationHeader?: string): CallerIdentity | null;
  /**
   * Host-internal, never served over the REST paths: an email to the service desk's connected address, handled as
   * JSM's email channel does (email/create-request-from-email.ts). Not subject to REST faults.
   */
  createRequestFromEmail(email: IncomingEmail): EmailRequestOutcome;
}

const DEFAULT_APP_ID = '6f1d2c3b-7a4e-4f0b-9c2d-3e5f6a7b8c9d';
const DEFAULT_ENVIRONMENT_ID = '00000000-0000-4000-8000-00000000e001';

const ISSUE_WRITE = /^\/rest\/api\/3\/issue\/([^/]+)(?:\/(properties\/[^/]+|transitions|comment))?\/?$/;
const REQUEST_WRITE = /^\/rest\/servicedeskapi\/request\/([^/]+)\/(?:comment|approval\/[^/]+)\/?$/;

/** The issue a write request targets, for Jira's per-issue write limit (docs/platform-assumptions.md). */
function writtenIssueId(site: JiraSite, request: LocalRequest): number | undefined {
  if (!['POST', 'PUT', 'DELETE'].includes(request.method.toUpperCase())) return undefined;
  const match = ISSUE_WRITE.exec(request.path) ?? REQUEST_WRITE.exec(request.path);
  const idOrKey = match?.[1];
  return idOrKey === undefined ? undefined : site.issues.find(decodeURIComponent(idOrKey))?.id;
}

async function dispatch(
  site: JiraSite,
  routes: Route[],
  faults: FaultEngine,
  request: LocalRequest,
  actor: Actor,
): Promise<LocalResponse> {
  const match = matchRoute(routes, request.method, request.path);
  if (match.kind === 'none') {
    throw errorFor(
      request.path,
      404,
      `No resource at ${request.path} in the local Jira stand-in.`,
      'sd.not.found',
    );
  }
  if (match.kind === 'wrong-method') {
    throw errorFor(
      request.path,
      405,
      `Method ${request.method} is not allowed on ${request.path}.`,
      'sd.method',
    );
  }
  const issueId = writtenIssueId(site, request);
  if (issueId !== undefined) {
    const limited = faults.recordIssueWrite(request.path, issueId, site.clock.now().getTime());
    if (limited) return limited;
  }
  return match.route.handle({ request, actor, params: match.params });
}

export function createJiraStandIn(options: JiraStandInOptions): JiraStandIn {
  createJiraTables(options.db);
  const ids = allocateCustomFieldIds(
    options.db,
    options.customFields.map((field) => field.key),
  );
  const fields = createFieldCatalog(
    options.customFields,
    ids,
    options.appId ?? DEFAULT_APP_ID,
    options.environmentId ?? DEFAULT_ENVIRONMENT_ID,
  );
  const site = createJiraSite(options.db, options.clock, options.baseUrl, fields, options.onEvent);
  const faults = createFaultEngine(options.perIssueWriteLimit === true);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const routes: Route[] = [
    ...usersRoutes(site),
    ...groupsRoutes(site),
    ...fieldsRoutes(site),
    ...appFieldValuesRoutes(site),
    ...issuePropertiesRoutes(site),
    ...transitionsRoutes(site),
    ...commentsRoutes(site),
    ...notifyRoutes(site),
    ...issuesRoutes(site),
    ...searchRoutes(site, createEntityPropertyIndex(options.entityProperties ?? [])),
    ...workflowsRoutes(site),
    ...serviceDeskRoutes(site),
    ...approvalsRoutes(site),
    ...serviceDeskRequestsRoutes(site),
    customerRequestsListRoute(site),
  ];

  /** Latency, switched-on faults and authentication, then `run`; Jira's documented error bodies come back as responses. */
  const serve = async (
    request: LocalRequest,
    caller: CallerIdentity,
    run: (actor: Actor) => LocalResponse | Promise<LocalResponse>,
  ): Promise<LocalResponse> => {
    const latency = faults.latencyMs();
    if (latency > 0) await sleep(latency);
    const fault = faults.intercept(request.path, site.clock.now().getTime());
    if (fault) return fault;
    try {
      const actor = resolveActor(site, caller, request.path);
      return await run(actor);
    } catch (error) {
      // Expected Jira errors become their documented bodies; anything else is a bug and propagates.
      if (error instanceof JiraHttpError) return error.response;
      throw error;
    }
  };

  return {
    handle: (request, caller) =>
      serve(request, caller, (actor) => dispatch(site, routes, faults, request, actor)),
    restrictAppOnlyTransitions: (restricted) => {
      site.workflow.appOnlyTransitionsRestricted = restricted;
    },
    seedDemoSite: () => {
      seedDemoSite(
        site,
        options.customFields.flatMap((field) => {
          const id = fields.forgeFieldId(field.key);
          return id === undefined ? [] : [id];
        }),
      );
    },
    createRequestFromEmail: (email) => createRequestFromEmail(site, email),
    faults: faults.switches,
    outbox: () => site.outbox.all(),
    resolveBasicAuth: (header) => resolveBasicAuth(site.users, header),
  };
}
