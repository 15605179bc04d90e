import type { UiCatalog, UiModule } from './ui-module-catalog';

/** The dashboard the local host hosts every `jira:dashboardGadget` on (its gadgets' `dashboard.id`). */
export const LOCAL_DASHBOARD_ID = 'local';

/**
 * `jira:globalPage`: "The page URL is constructed in the following format: /jira/apps/{appId}/{envId}"
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-global-page/); one per app.
 */
export const globalPagePath = (appId: string, environmentId: string): string =>
  `/jira/apps/${encodeURIComponent(appId)}/${encodeURIComponent(environmentId)}`;

/** Jira's dashboards live at `/jira/dashboards/{id}` (inferred from Jira Cloud's own links). */
export const dashboardPath = (dashboardId: string): string =>
  `/jira/dashboards/${encodeURIComponent(dashboardId)}`;

/** Where a module is shown; issue and portal surfaces need an issue, so they link to the first demo one. */
export function moduleHref(catalog: UiCatalog, environmentId: string, module: UiModule): string {
  switch (module.type) {
    case 'jira:adminPage':
      return `/jira/settings/apps/${encodeURIComponent(module.key)}`;
    case 'jira:globalPage':
      return globalPagePath(catalog.appId, environmentId);
    case 'jira:dashboardGadget':
      return dashboardPath(LOCAL_DASHBOARD_ID);
    case 'jiraServiceManagement:portalRequestDetail':
    case 'jiraServiceManagement:portalRequestDetailPanel':
      return '/servicedesk/customer/portal/1/CHG-1';
    case 'jira:issuePanel':
    case 'jira:issueContext':
      return '/browse/CHG-1';
  }
}

/** Module key -> its page, for `router.navigate({ target: 'module', moduleKey })` on the host page. */
export function moduleUrls(catalog: UiCatalog, environmentId: string): Record<string, string> {
  return Object.fromEntries(catalog.modules.map((m) => [m.key, moduleHref(catalog, environmentId, m)]));
}

/**
 * The top bar's app entries, as Jira's navigation has them: each global page under its title ("adds an item in
 * the Apps section of the main navigation", jira-global-page), and Dashboards when the app has a gadget.
 */
export function appNavigation(catalog: UiCatalog, environmentId: string): { label: string; href: string }[] {
  const pages = catalog.modules
    .filter((m) => m.type === 'jira:globalPage')
    .map((m) => ({ label: m.title, href: globalPagePath(catalog.appId, environmentId) }));
  const gadgets = catalog.modules.some((m) => m.type === 'jira:dashboardGadget')
    ? [{ label: 'Dashboards', href: dashboardPath(LOCAL_DASHBOARD_ID) }]
    : [];
  return [...pages, ...gadgets];
}
