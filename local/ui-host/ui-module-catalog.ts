import type { ContentPermissions } from './custom-ui-csp';
import { z } from 'zod';

import { JiraExpressionParseError, parseJiraExpression, type CompiledExpression } from '../jira/expressions';
import { DisplayConditionError, parseDisplayConditions, type DisplayCondition } from './display-conditions';

/** The Custom UI module types the local host renders, each on the surface Jira shows it on (docs/platform-assumptions.md). */
export const uiModuleTypes = [
  'jira:issuePanel',
  'jira:issueContext',
  'jira:adminPage',
  'jira:dashboardGadget',
  'jira:globalPage',
  'jiraServiceManagement:portalRequestDetail',
  'jiraServiceManagement:portalRequestDetailPanel',
] as const;
export type UiModuleType = (typeof uiModuleTypes)[number];

/**
 * The account types a module may let in besides `licensed` users, who "have access to the app by default"
 * (https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/).
 */
export type UnlicensedAccess = 'unlicensed' | 'customer' | 'anonymous';

export interface UiModule {
  key: string;
  type: UiModuleType;
  title: string;
  resourceKey: string;
  /** Absent in the manifest = `[]`: "its absence means that the module does not allow unlicensed users". */
  unlicensedAccess: UnlicensedAccess[];
  displayConditions?: DisplayCondition;
}

/**
 * `jira:customField` experiences (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-custom-field/,
 * "Experience"): the module page lists `issue-view`, `portal-view` for view and `issue-view`, `issue-create`,
 * `issue-transition`, `portal-request` for edit; @forge/manifest 13.7.0's schema also knows the CSM, bulk
 * edit and list view ones, which the local host has no page for.
 */
const viewExperiences = ['issue-view', 'portal-view', 'csm-request-view'] as const;
const editExperiences = [
  'issue-view',
  'issue-create',
  'issue-transition',
  'portal-request',
  'issue-bulk-edit',
  'list-view',
  'csm-contact-form',
] as const;
export type FieldViewExperience = (typeof viewExperiences)[number];
export type FieldEditExperience = (typeof editExperiences)[number];
/** The experiences the local host renders (its `renderContext` values). */
export type FieldExperience =
  'issue-view' | 'issue-create' | 'issue-transition' | 'portal-view' | 'portal-request';

export interface FieldEntryPoint<E extends string> {
  resourceKey: string;
  /** "Jira will default to rendering the built-in field if a view or edit entry point lacks a defined experience." */
  experiences: E[];
}

/** One `jira:customField` module: the field and the app UIs that render it. */
export interface UiCustomField {
  key: string;
  name: string;
  description: string;
  /** Forge data type: string, number, user, group, date, datetime, object. */
  type: string;
  collection: 'none' | 'list';
  /** "Read-only fields can't be edited by users" and "won't be rendered on … issue create or transition screens, or … portal requests". */
  readOnly: boolean;
  view?: FieldEntryPoint<FieldViewExperience>;
  edit?: FieldEntryPoint<FieldEditExperience>;
  /**
   * `view.formatter.expression`: what Jira shows where no app UI runs. Compiled with the stand-in's Jira
   * expression subset; `compiled` is absent when the subset cannot run it (the text is then approximated).
   */
  formatter?: { expression: string; compiled?: CompiledExpression };
  unlicensedAccess: UnlicensedAccess[];
  /** Custom fields: "work only on the issue view, and the global issue create (GIC) form". */
  displayConditions?: DisplayCondition;
}

export interface UiCatalog {
  /** The UUID part of `app.id` (custom field ARIs, localIds, the portal request detail's `request.property`). */
  appId: string;
  modules: UiModule[];
  fields: UiCustomField[];
  /** Resource key -> folder relative to the app root (`resources[].path`). */
  resources: Map<string, string>;
  /** `permissions.content`: the CSP relaxations the app declares for its Custom UIs (custom-ui-csp.ts). */
  contentPermissions: ContentPermissions;
}

const i18nText = z.union([z.string(), z.looseObject({ i18n: z.string() })]);
const accessList = z.array(z.enum(['unlicensed', 'customer', 'anonymous'])).optional();

const uiModuleEntry = z.looseObject({
  key: z.string(),
  resource: z.string(),
  title: i18nText.optional(),
  unlicensedAccess: accessList,
  displayConditions: z.unknown().optional(),
});

const customFieldEntry = z.looseObject({
  key: z.string(),
  name: i18nText,
  description: i18nText.optional(),
  type: z.string(),
  collection: z.enum(['none', 'list']).optional(),
  readOnly: z.boolean().optional(),
  view: z
    .looseObject({
      resource: z.string().optional(),
      experience: z.array(z.enum(viewExperiences)).optional(),
      formatter: z.looseObject({ expression: z.string() }).optional(),
    })
    .optional(),
  edit: z
    .looseObject({
      resource: z.string().optional(),
      experience: z.array(z.enum(editExperiences)).optional(),
    })
    .optional(),
  unlicensedAccess: accessList,
  displayConditions: z.unknown().optional(),
});

const manifestShape = z.looseObject({
  app: z.looseObject({ id: z.string().regex(/^ari:cloud:ecosystem::app\/[0-9a-f-]+$/) }),
  modules: z.record(z.string(), z.unknown()).optional(),
  resources: z.array(z.looseObject({ key: z.string(), path: z.string() })).optional(),
  permissions: z
    .looseObject({
      content: z
        .looseObject({ scripts: z.array(z.string()).optional(), styles: z.array(z.string()).optional() })
        .optional(),
    })
    .optional(),
});

/*
 * Per-module `unlicensedAccess` values (forge lint and deploy refuse others): the portal request detail
 * modules "do not support anonymous access" (their module pages), and full-page modules do "not support
 * … 'unlicensedAccess'" (access-to-forge-apps-for-unlicensed-users).
 */
const accessRules: Partial<Record<UiModuleType, readonly UnlicensedAccess[]>> = {
  'jiraServiceManagement:portalRequestDetail': ['unlicensed', 'customer'],
  'jiraServiceManagement:portalRequestDetailPanel': ['unlicensed', 'customer'],
  'jira:globalPage': [],
};

function isUiModuleType(type: string): type is UiModuleType {
  return uiModuleTypes.some((t) => t === type);
}

const textOf = (value: z.infer<typeof i18nText> | undefined, fallback: string) =>
  value === undefined ? fallback : typeof value === 'string' ? value : value.i18n;

class ManifestError extends Error {
  constructor(message: string) {
    super(`manifest.yml: ${message}`);
  }
}

function parseEntry<S extends z.ZodType>(schema: S, type: string, entry: unknown): z.output<S> {
  const parsed = schema.safeParse(entry);
  if (parsed.success) return parsed.data;
  const key = typeof entry === 'object' && entry !== null && 'key' in entry ? String(entry.key) : '?';
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new ManifestError(`${type} "${key}": ${where}${issue?.message ?? 'invalid module'}.`);
}

function conditionsOf(type: string, key: string, raw: unknown): DisplayCondition | undefined {
  if (raw === undefined) return undefined;
  try {
    return parseDisplayConditions('displayConditions', raw);
  } catch (error) {
    if (error instanceof DisplayConditionError) {
      throw new ManifestError(`${type} "${key}" ${error.message}`);
    }
    throw error;
  }
}

function requireResource(resources: Map<string, string>, type: string, key: string, resource: string): void {
  if (!resources.has(resource)) {
    throw new ManifestError(`${type} "${key}" uses resource "${resource}", which is not declared.`);
  }
}

function uiModuleOf(type: UiModuleType, entry: unknown, resources: Map<string, string>): UiModule {
  const module = parseEntry(uiModuleEntry, type, entry);
  requireResource(resources, type, module.key, module.resource);
  const access = module.unlicensedAccess ?? [];
  const allowed = accessRules[type];
  const refused = allowed === undefined ? undefined : access.find((a) => !allowed.includes(a));
  if (refused !== undefined) {
    throw new ManifestError(
      `${type} "${module.key}": unlicensedAccess "${refused}" is not supported by this module (${allowed?.length ? allowed.join(', ') : 'none'}).`,
    );
  }
  const displayConditions = conditionsOf(type, module.key, module.displayConditions);
  return {
    key: module.key,
    type,
    title: textOf(module.title, module.key),
    resourceKey: module.resource,
    unlicensedAccess: access,
    ...(displayConditions === undefined ? {} : { displayConditions }),
  };
}

/** The formatter's context variable is the field value (jira-custom-field, "Object type": "returns a string"). */
function formatterOf(expression: string | undefined): UiCustomField['formatter'] {
  if (expression === undefined) return undefined;
  try {
    return { expression, compiled: parseJiraExpression(expression, { variables: ['value'] }) };
  } catch (error) {
    if (error instanceof JiraExpressionParseError) return { expression };
    throw error;
  }
}

function customFieldOf(entry: unknown, resources: Map<string, string>): UiCustomField {
  const type = 'jira:customField';
  const field = parseEntry(customFieldEntry, type, entry);
  const entryPoint = <E extends string>(
    part: { resource?: string | undefined; experience?: E[] | undefined } | undefined,
  ): FieldEntryPoint<E> | undefined => {
    if (part?.resource === undefined) return undefined;
    requireResource(resources, type, field.key, part.resource);
    return { resourceKey: part.resource, experiences: part.experience ?? [] };
  };
  const view = entryPoint(field.view);
  const edit = entryPoint(field.edit);
  const formatter = formatterOf(field.view?.formatter?.expression);
  const displayConditions = conditionsOf(type, field.key, field.displayConditions);
  return {
    key: field.key,
    name: textOf(field.name, field.key),
    description: textOf(field.description, ''),
    type: field.type,
    collection: field.collection ?? 'none',
    readOnly: field.readOnly === true,
    ...(view === undefined ? {} : { view }),
    ...(edit === undefined ? {} : { edit }),
    ...(formatter === undefined ? {} : { formatter }),
    unlicensedAccess: field.unlicensedAccess ?? [],
    ...(displayConditions === undefined ? {} : { displayConditions }),
  };
}

/**
 * Reads the UI modules, the custom fields and the resources of a parsed manifest. Whatever the host could
 * only get wrong fails at start-up with the module named: an undeclared resource (Forge's validator rejects
 * it too), an `unlicensedAccess` value the module does not support, a display condition the host cannot
 * evaluate, and the create property panel, which the host no longer renders.
 */
export function buildUiCatalog(manifest: unknown): UiCatalog {
  const parsed = manifestShape.parse(manifest);
  const resources = new Map((parsed.resources ?? []).map((r) => [r.key, r.path]));
  const modules: UiModule[] = [];
  const fields: UiCustomField[] = [];
  for (const [type, entries] of Object.entries(parsed.modules ?? {})) {
    if (!Array.isArray(entries)) continue;
    if (type === 'jiraServiceManagement:portalRequestCreatePropertyPanel') {
      throw new ManifestError(
        `${type} is not rendered by the local host: the portal form takes the app's answers through ` +
          '`jira:customField` modules with a `portal-request` edit experience.',
      );
    }
    if (type === 'jira:customField') {
      for (const entry of entries) fields.push(customFieldOf(entry, resources));
      continue;
    }
    if (!isUiModuleType(type)) continue;
    for (const entry of entries) modules.push(uiModuleOf(type, entry, resources));
  }
  const content = parsed.permissions?.content;
  return {
    appId: parsed.app.id.slice('ari:cloud:ecosystem::app/'.length),
    modules,
    fields,
    resources,
    contentPermissions: { scripts: content?.scripts ?? [], styles: content?.styles ?? [] },
  };
}

export function modulesOfType(catalog: UiCatalog, ...types: UiModuleType[]): UiModule[] {
  return catalog.modules.filter((m) => types.includes(m.type));
}

/** The `unlicensedAccess` of a UI module or custom field by module key; undefined for an unknown key. */
export function accessOfModule(catalog: UiCatalog, moduleKey: string): UnlicensedAccess[] | undefined {
  return (
    catalog.modules.find((m) => m.key === moduleKey)?.unlicensedAccess ??
    catalog.fields.find((f) => f.key === moduleKey)?.unlicensedAccess
  );
}

/** `ari:cloud:ecosystem::extension/{appId}/{environmentId}/static/{moduleKey}`: a Forge field's `schema.custom` and `fieldType`. */
export function extensionAri(appId: string, environmentId: string, moduleKey: string): string {
  return `ari:cloud:ecosystem::extension/${appId}/${environmentId}/static/${moduleKey}`;
}
