import type { LocalRequest, LocalResponse } from '../core/http-types';
import { createAgentCreateEndpoint } from './agent-create-endpoint';
import { createBridgeEndpoint } from './bridge-endpoint';
import { createBrowserScripts } from './browser-bundle';
import { currentTheme, themeCookieToSet } from './current-theme';
import { currentUser } from './current-user';
import { createFieldEditEndpoint } from './field-edit-endpoint';
import type { ForgeFieldSlot } from './field-frames';
import { fetchFields, forgeFieldSlots, isJiraAdministrator } from './field-lookups';
import { createFrameSigner, type FrameDescriptor } from './frame-token';
import { issueChanges } from './issue-changes-endpoint';
import {
  fetchIssue,
  fetchIssueChanges,
  fetchPortalRequest,
  isFailure,
  type LookupFailure,
} from './jira-lookups';
import { moduleShows } from './module-visibility';
import { renderPage, type PageContent } from './page-layout';
import { agentCreateBody, agentCreatePath } from './pages/agent-create-page';
import { issueViewBody } from './pages/issue-view-page';
import { dashboardPageBody, messageBody, moduleIndexBody, modulePageBody } from './pages/module-pages';
import { appNavigation, LOCAL_DASHBOARD_ID, moduleHref, moduleUrls } from './module-urls';
import type { PageContext } from './pages/page-context';
import { portalHomeBody } from './pages/portal-home-page';
import { portalCreateBody, portalRequestBody } from './pages/portal-pages';
import { createPortalCreateEndpoint } from './portal-create-endpoint';
import { fetchRequestTypeFields } from './portal-lookups';
import { loadAgentCreateForm, loadPortalCreateForm, loadPortalHome } from './portal-page-data';
import { injectBridge, serveResourceFile } from './resource-files';
import { serveThemeStylesheet } from './theme-stylesheet-endpoint';
import { createThemeStylesheets } from './theme-tokens';
import type { HostUser, UiHostOptions } from './ui-host-options';
import { buildUiCatalog, type UiCustomField, type UiModule } from './ui-module-catalog';

export interface UiHost {
  /** Answers the host's UI routes; null when the request is not one of them. */
  handle(request: LocalRequest): Promise<LocalResponse | null>;
}

const routes = {
  index: /^\/_local\/ui\/?$/,
  bridge: /^\/_local\/ui\/bridge$/,
  fieldEdit: /^\/_local\/ui\/field-edit$/,
  resource: /^\/_local\/ui\/resources\/([^/]+)\/(.*)$/,
  themeStylesheet: /^\/_local\/ui\/themes\/([^/]+)\.css$/,
  issue: /^\/browse\/([^/]+)$/,
  issueChanges: /^\/_local\/ui\/issue-changes\/([^/]+)$/,
  create: /^\/jira\/create\/?$/,
  portalHome: /^\/servicedesk\/customer\/portal\/([^/]+)\/?$/,
  portalCreate: /^\/servicedesk\/customer\/portal\/([^/]+)\/create\/([^/]+)$/,
  portalRequest: /^\/servicedesk\/customer\/portal\/([^/]+)\/([A-Za-z][A-Za-z0-9_]*-[0-9]+)$/,
  adminPage: /^\/jira\/settings\/apps\/([^/]+)$/,
  // The global page's own routes (`pages[].route`) follow its URL; the app reads them with view.createHistory().
  globalPage: /^\/jira\/apps\/([^/]+)\/([^/]+)(?:\/.*)?$/,
  dashboard: /^\/jira\/dashboards\/([^/]+)$/,
};

function segment(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

// Fixed local ids: a Forge context always carries them, and a stable value keeps stored data comparable.
const defaultCloudId = '7a1c0de0-0000-4000-8000-00000000c10d';
const defaultEnvironmentId = '7a1c0de0-0000-4000-8000-0000000e0001';

/** The Custom UI host of the local host : Jira-like pages, module iframes and the bridge. */
export function createUiHost(options: UiHostOptions): UiHost {
  const catalog = buildUiCatalog(options.manifest);
  const signer = createFrameSigner();
  const scripts = createBrowserScripts();
  const themeStylesheets = createThemeStylesheets();
  const environmentId = options.environmentId ?? defaultEnvironmentId;
  const site = { baseUrl: options.baseUrl, cloudId: options.cloudId ?? defaultCloudId, environmentId };
  const contextFor = (viewer: HostUser): PageContext => ({
    catalog,
    signer,
    baseUrl: options.baseUrl,
    environmentId,
    viewer,
  });
  const endpointDeps = {
    catalog,
    signer,
    users: options.users,
    environmentId,
    requestJira: options.requestJira,
  };
  const bridge = createBridgeEndpoint({
    catalog,
    signer,
    users: options.users,
    site,
    invokeResolver: options.invokeResolver,
    requestJira: options.requestJira,
  });
  const portalCreate = createPortalCreateEndpoint(endpointDeps);
  const agentCreate = createAgentCreateEndpoint(endpointDeps);
  const fieldEdit = createFieldEditEndpoint({ ...endpointDeps, baseUrl: options.baseUrl });

  const page = async (request: LocalRequest, content: PageContent): Promise<LocalResponse> => {
    const current = currentUser(request, options.users);
    const themeCookie = themeCookieToSet(request);
    return renderPage(
      {
        users: options.users,
        current,
        navigationLinks: [...(options.navigationLinks ?? []), ...appNavigation(catalog, environmentId)],
        moduleUrls: moduleUrls(catalog, environmentId),
        hostScript: await scripts.hostPage(),
        theme: currentTheme(request, current),
        ...(themeCookie === undefined ? {} : { themeCookie }),
      },
      content,
    );
  };
  const lookupFailed = (request: LocalRequest, what: string, failure: LookupFailure) =>
    page(request, {
      title: what,
      status: failure.status === 404 || failure.status === 403 ? 404 : 502,
      body: messageBody(
        failure.status === 404 || failure.status === 403
          ? `${what} does not exist or you cannot see it`
          : `Jira could not load ${what}`,
        failure.message,
      ),
    });
  const notFound = (request: LocalRequest, message: string) =>
    page(request, { title: 'Not found', status: 404, body: messageBody('Page not found', message) });

  const modulePage = (
    request: LocalRequest,
    ctx: PageContext,
    module: UiModule | undefined,
    path: string,
    wanted: string,
  ) => {
    if (!module) return notFound(request, `manifest.yml declares no ${wanted} module with that key.`);
    // Full-page modules have no issue or project in context: such conditions read false.
    if (!moduleShows(ctx, module, { accountType: ctx.viewer.accountType })) {
      return notFound(
        request,
        `"${module.title}" is not available to you (${ctx.viewer.accountType} account).`,
      );
    }
    return page(request, { title: module.title, body: modulePageBody(ctx, module, path) });
  };

  const rewriteIndex = (frameToken: string | null) => async (html: string) => {
    const frame: FrameDescriptor | undefined = frameToken === null ? undefined : signer.verify(frameToken);
    return injectBridge(html, await scripts.bridgeClient(), {
      frame: frame ? (frameToken ?? '') : '',
      endpoint: '/_local/ui/bridge',
    });
  };

  /** The app's Forge fields with the ids Jira gave them; none when the app has none or Jira would not say. */
  const issueFieldSlots = async (accountId: string): Promise<ForgeFieldSlot[]> => {
    if (catalog.fields.length === 0) return [];
    const fields = await fetchFields(options.requestJira, accountId);
    return isFailure(fields) ? [] : forgeFieldSlots(catalog, environmentId, fields);
  };
  const requestTypeSlots = async (portalId: string, requestTypeId: string, accountId: string) => {
    if (catalog.fields.length === 0) return [];
    const fields = await fetchRequestTypeFields(options.requestJira, portalId, requestTypeId, accountId);
    if (isFailure(fields)) return [];
    return forgeFieldSlots(
      catalog,
      environmentId,
      fields.map((f) => ({ id: f.fieldId, schema: { custom: f.jiraSchema?.custom } })),
    );
  };

  const get = async (request: LocalRequest): Promise<LocalResponse | null> => {
    const path = request.path;
    let match: RegExpExecArray | null;
    if (routes.index.test(path)) {
      return page(request, {
        title: 'Custom UI modules',
        body: moduleIndexBody(
          catalog.modules.map((m) => ({
            label: m.title,
            type: m.type,
            href: moduleHref(catalog, environmentId, m),
          })),
          catalog.fields.map((f) => ({ label: f.name, type: fieldSummary(f), href: '/browse/CHG-1' })),
          [
            { label: 'Create (agent)', type: 'global issue create', href: '/jira/create' },
            { label: 'Customer portal', type: 'help center', href: '/servicedesk/customer/portal/1' },
          ],
        ),
      });
    }
    if ((match = routes.themeStylesheet.exec(path))) {
      return serveThemeStylesheet(themeStylesheets, segment(match[1]) ?? '');
    }
    if ((match = routes.resource.exec(path))) {
      const key = segment(match[1]) ?? '';
      const resourcePath = catalog.resources.get(key);
      if (resourcePath === undefined)
        return {
          status: 404,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
          body: `No resource "${key}" in manifest.yml.`,
        };
      return serveResourceFile({
        appRoot: options.appRoot,
        resourcePath,
        resourceKey: key,
        filePath: match[2] ?? '',
        indexRewrite: rewriteIndex(request.query.get('frame')),
        contentPermissions: catalog.contentPermissions,
      });
    }
    const user = currentUser(request, options.users);
    const ctx = contextFor(user);
    if ((match = routes.issue.exec(path))) {
      const key = segment(match[1]) ?? '';
      const slots = await issueFieldSlots(user.accountId);
      const issue = await fetchIssue(
        options.requestJira,
        key,
        user.accountId,
        slots.map((s) => s.fieldId),
      );
      if (isFailure(issue)) return lookupFailed(request, `Issue ${key}`, issue);
      const changes = await fetchIssueChanges(options.requestJira, key, user.accountId);
      return page(request, {
        title: `${issue.key}: ${issue.fields.summary ?? ''}`,
        body: issueViewBody(ctx, issue, slots),
        issueView: {
          issueKey: issue.key,
          issueId: issue.id,
          projectId: issue.fields.project?.id ?? '',
          viewerAccountId: user.accountId,
          lastChangeId: isFailure(changes) ? 0 : (changes.at(-1)?.id ?? 0),
          changesUrl: `/_local/ui/issue-changes/${encodeURIComponent(issue.key)}`,
        },
      });
    }
    if ((match = routes.issueChanges.exec(path))) {
      return issueChanges(options.requestJira, segment(match[1]) ?? '', user.accountId, request.query);
    }
    if (routes.create.test(path)) {
      const projectKey = request.query.get('project') ?? undefined;
      const form = await loadAgentCreateForm(
        options.requestJira,
        projectKey,
        request.query.get('requestType') ?? undefined,
        user.accountId,
      );
      if (isFailure(form)) return lookupFailed(request, `Project ${projectKey ?? ''}`, form);
      return page(request, {
        title: `Create - ${form.desk.projectName}`,
        body: agentCreateBody(ctx, form),
        createUrl: agentCreatePath(form.desk.projectKey, form.requestType.id),
      });
    }
    if ((match = routes.portalHome.exec(path))) {
      const portalId = segment(match[1]) ?? '';
      const home = await loadPortalHome(options.requestJira, portalId, user.accountId);
      if (isFailure(home)) return lookupFailed(request, `Portal ${portalId}`, home);
      return page(request, { title: home.desk.projectName, body: portalHomeBody(home) });
    }
    if ((match = routes.portalCreate.exec(path))) {
      const portalId = segment(match[1]) ?? '';
      const requestTypeId = segment(match[2]) ?? '';
      const form = await loadPortalCreateForm(options.requestJira, portalId, requestTypeId, user.accountId);
      if (isFailure(form)) return lookupFailed(request, `Request type ${requestTypeId}`, form);
      return page(request, {
        title: `${form.requestType.name} - ${form.desk.projectName}`,
        body: portalCreateBody(ctx, form),
        createUrl: path,
      });
    }
    if ((match = routes.portalRequest.exec(path))) {
      const portalId = segment(match[1]) ?? '';
      const key = segment(match[2]) ?? '';
      const found = await fetchPortalRequest(options.requestJira, key, user.accountId, catalog.appId);
      if (isFailure(found)) return lookupFailed(request, `Request ${key}`, found);
      const slots = await requestTypeSlots(portalId, found.requestTypeId, user.accountId);
      return page(request, { title: found.issueKey, body: portalRequestBody(ctx, portalId, found, slots) });
    }
    if ((match = routes.adminPage.exec(path))) {
      const key = segment(match[1]);
      // Jira's admin settings open to Jira administrators only (docs/platform-assumptions.md, UI surfaces).
      if (!(await isJiraAdministrator(options.requestJira, user.accountId))) {
        return page(request, {
          title: 'Administration',
          status: 403,
          body: messageBody(
            'You need Jira administrator rights to open this page',
            'Jira settings, where this app page lives, are for Jira administrators (the ADMINISTER global permission).',
          ),
        });
      }
      return modulePage(
        request,
        ctx,
        catalog.modules.find((m) => m.key === key && m.type === 'jira:adminPage'),
        path,
        'jira:adminPage',
      );
    }
    if ((match = routes.globalPage.exec(path))) {
      const ours = segment(match[1]) === catalog.appId && segment(match[2]) === environmentId;
      const module = ours ? catalog.modules.find((m) => m.type === 'jira:globalPage') : undefined;
      return modulePage(request, ctx, module, path, 'jira:globalPage');
    }
    if ((match = routes.dashboard.exec(path))) {
      const key = segment(match[1]);
      if (key === LOCAL_DASHBOARD_ID) {
        // Gadgets "won't be available" to account types their module leaves out (module-visibility.ts).
        const gadgets = catalog.modules.filter(
          (m) => m.type === 'jira:dashboardGadget' && moduleShows(ctx, m, { accountType: user.accountType }),
        );
        return page(request, { title: 'Dashboard', body: dashboardPageBody(ctx, gadgets, path, key) });
      }
      const module = catalog.modules.find((m) => m.key === key && m.type === 'jira:dashboardGadget');
      return modulePage(request, ctx, module, path, 'jira:dashboardGadget');
    }
    return null;
  };

  const post = (request: LocalRequest): Promise<LocalResponse> | null => {
    if (routes.fieldEdit.test(request.path)) return fieldEdit(request);
    if (routes.create.test(request.path)) return agentCreate(request);
    const match = routes.portalCreate.exec(request.path);
    if (match) return portalCreate(request, segment(match[1]) ?? '', segment(match[2]) ?? '');
    return null;
  };

  return {
    async handle(request) {
      if (routes.bridge.test(request.path)) return bridge(request);
      if (request.method === 'POST') return post(request);
      if (request.method !== 'GET' && request.method !== 'HEAD') return null;
      try {
        return await get(request);
      } catch (error) {
        // A page whose Jira lookup threw still renders, with the reason, instead of a dropped connection.
        const message = error instanceof Error ? error.message : String(error);
        return page(request, {
          title: 'Error',
          status: 502,
          body: messageBody('The local host could not build this page', message),
        });
      }
    },
  };
}

function fieldSummary(field: UiCustomField): string {
  const view = field.view?.experiences.join(', ') || 'none';
  const edit = field.readOnly ? 'read-only' : field.edit?.experiences.join(', ') || 'none';
  return `jira:customField · view: ${view} · edit: ${edit}`;
}
