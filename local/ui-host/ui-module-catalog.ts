import { z } from 'zod';

/** The Custom UI module types the local host renders, each on the surface Jira shows it on (forge-platform.md §2.4). */
export const uiModuleTypes = [
  'jira:issuePanel',
  'jira:issueContext',
  'jira:adminPage',
  'jira:dashboardGadget',
  'jira:globalPage',
  'jiraServiceManagement:portalRequestDetail',
  'jiraServiceManagement:portalRequestDetailPanel',
  'jiraServiceManagement:portalRequestCreatePropertyPanel',
] as const;
export type UiModuleType = (typeof uiModuleTypes)[number];

export interface UiModule {
  key: string;
  type: UiModuleType;
  title: string;
  resourceKey: string;
}

export interface UiCatalog {
  /** The UUID part of `app.id`: the issue property key a create property panel's submit is stored under. */
  appId: string;
  modules: UiModule[];
  /** Resource key -> folder relative to the app root (`resources[].path`). */
  resources: Map<string, string>;
}

const uiModuleEntry = z.looseObject({
  key: z.string(),
  resource: z.string(),
  title: z.union([z.string(), z.looseObject({ i18n: z.string() })]).optional(),
});
const manifestShape = z.looseObject({
  app: z.looseObject({ id: z.string().regex(/^ari:cloud:ecosystem::app\/[0-9a-f-]+$/) }),
  modules: z.record(z.string(), z.unknown()).optional(),
  resources: z.array(z.looseObject({ key: z.string(), path: z.string() })).optional(),
});

function isUiModuleType(type: string): type is UiModuleType {
  return uiModuleTypes.some((t) => t === type);
}

/**
 * Reads the UI modules and resources of a parsed manifest. Modules whose resource is undeclared are an error
 * (Forge's validator rejects them too), so a typo fails at start-up instead of as a blank iframe.
 */
export function buildUiCatalog(manifest: unknown): UiCatalog {
  const parsed = manifestShape.parse(manifest);
  const resources = new Map((parsed.resources ?? []).map((r) => [r.key, r.path]));
  const modules: UiModule[] = [];
  for (const [type, entries] of Object.entries(parsed.modules ?? {})) {
    if (!isUiModuleType(type) || !Array.isArray(entries)) continue;
    for (const entry of entries) {
      const module = uiModuleEntry.parse(entry);
      if (!resources.has(module.resource)) {
        throw new Error(
          `manifest.yml: module "${module.key}" uses resource "${module.resource}", which is not declared.`,
        );
      }
      const title = typeof module.title === 'string' ? module.title : (module.title?.i18n ?? module.key);
      modules.push({ key: module.key, type, title, resourceKey: module.resource });
    }
  }
  return { appId: parsed.app.id.slice('ari:cloud:ecosystem::app/'.length), modules, resources };
}

export function modulesOfType(catalog: UiCatalog, ...types: UiModuleType[]): UiModule[] {
  return catalog.modules.filter((m) => types.includes(m.type));
}
