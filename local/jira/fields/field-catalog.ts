import { APPROVER_GROUPS_FIELD_ID } from '../workflow';

/** How a field's value is written in `fields` / `update` (rest-shapes.md §2.2 value-shape table). */
export type ElementType =
  'string' | 'label' | 'number' | 'user' | 'group' | 'date' | 'datetime' | 'object' | 'adf' | 'request-type';

export interface FieldSchema {
  type: string;
  items?: string;
  system?: string;
  custom?: string;
  customId?: number;
}

export interface FieldDefinition {
  id: string;
  name: string;
  custom: boolean;
  schema: FieldSchema;
  clauseNames: string[];
  orderable: boolean;
  navigable: boolean;
  searchable: boolean;
  /** Absent for read-only fields (status, Approvals, created, ...). */
  value?: { element: ElementType; list: boolean; createOnly?: boolean };
}

/** A `jira:customField` module of the app's manifest (forge-platform.md §2.4). */
export interface ForgeCustomFieldModule {
  key: string;
  name: string;
  type: string;
  collection?: 'list' | 'none';
}

export const APPROVERS_FIELD_ID = 'customfield_10003';
export const APPROVALS_FIELD_ID = 'customfield_10027';
export const REQUEST_TYPE_FIELD_ID = 'customfield_10010';

function system(
  id: string,
  name: string,
  schema: FieldSchema,
  value: FieldDefinition['value'],
  clauseNames: string[] = [id],
  orderable = true,
): FieldDefinition {
  return {
    id,
    name,
    custom: false,
    schema,
    clauseNames,
    orderable,
    navigable: true,
    searchable: true,
    ...(value ? { value } : {}),
  };
}

function jsmCustom(
  numericId: number,
  name: string,
  schema: Omit<FieldSchema, 'customId'>,
  value: FieldDefinition['value'],
): FieldDefinition {
  return {
    id: `customfield_${numericId}`,
    name,
    custom: true,
    schema: { ...schema, customId: numericId },
    clauseNames: [`cf[${numericId}]`, name],
    orderable: value !== undefined,
    navigable: true,
    searchable: true,
    ...(value ? { value } : {}),
  };
}

const SYSTEM_FIELDS: FieldDefinition[] = [
  system('summary', 'Summary', { type: 'string', system: 'summary' }, { element: 'string', list: false }),
  system(
    'description',
    'Description',
    { type: 'string', system: 'description' },
    { element: 'adf', list: false },
  ),
  system(
    'labels',
    'Labels',
    { type: 'array', items: 'string', system: 'labels' },
    { element: 'label', list: true },
  ),
  system('status', 'Status', { type: 'status', system: 'status' }, undefined, ['status'], false),
  system(
    'reporter',
    'Reporter',
    { type: 'user', system: 'reporter' },
    { element: 'user', list: false, createOnly: true },
  ),
  system('creator', 'Creator', { type: 'user', system: 'creator' }, undefined, ['creator'], false),
  system('issuetype', 'Issue Type', { type: 'issuetype', system: 'issuetype' }, undefined, [
    'issuetype',
    'type',
  ]),
  system('project', 'Project', { type: 'project', system: 'project' }, undefined, ['project'], false),
  system(
    'created',
    'Created',
    { type: 'datetime', system: 'created' },
    undefined,
    ['created', 'createdDate'],
    false,
  ),
  system(
    'updated',
    'Updated',
    { type: 'datetime', system: 'updated' },
    undefined,
    ['updated', 'updatedDate'],
    false,
  ),
  jsmCustom(
    10003,
    'Approvers',
    {
      type: 'array',
      items: 'user',
      custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multiuserpicker',
    },
    { element: 'user', list: true },
  ),
  jsmCustom(
    Number(APPROVER_GROUPS_FIELD_ID.slice('customfield_'.length)),
    'Approver groups',
    {
      type: 'array',
      items: 'group',
      custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multigrouppicker',
    },
    { element: 'group', list: true },
  ),
  jsmCustom(
    10027,
    'Approvals',
    { type: 'sd-approvals', custom: 'com.atlassian.servicedesk.approvals-plugin:sd-approvals' },
    undefined,
  ),
  jsmCustom(
    10010,
    'Request Type',
    { type: 'sd-customerrequesttype', custom: 'com.atlassian.servicedesk:vp-origin' },
    { element: 'request-type', list: false, createOnly: true },
  ),
];

/** Forge field types map to these Jira schema types; `object` shows up as `any`. */
const FORGE_TYPES: Record<string, { schemaType: string; element: ElementType }> = {
  string: { schemaType: 'string', element: 'string' },
  number: { schemaType: 'number', element: 'number' },
  user: { schemaType: 'user', element: 'user' },
  group: { schemaType: 'group', element: 'group' },
  date: { schemaType: 'date', element: 'date' },
  datetime: { schemaType: 'datetime', element: 'datetime' },
  object: { schemaType: 'any', element: 'object' },
};

export interface FieldCatalog {
  all(): FieldDefinition[];
  byId(id: string): FieldDefinition | undefined;
  /** JQL clause name (`cf[10100]`, `"Risk"`, `summary`), case-insensitive. */
  byClauseName(name: string): FieldDefinition | undefined;
  forgeFieldId(moduleKey: string): string | undefined;
}

/**
 * Forge custom fields appear in `GET /rest/api/3/field` with `schema.custom` set to the extension ARI
 * `ari:cloud:ecosystem::extension/{appId}/{environmentId}/static/{moduleKey}`.
 */
export function createFieldCatalog(
  modules: ForgeCustomFieldModule[],
  ids: Map<string, number>,
  appId: string,
  environmentId: string,
): FieldCatalog {
  const forgeFields: FieldDefinition[] = [];
  const moduleIds = new Map<string, string>();
  for (const module of modules) {
    const numericId = ids.get(module.key);
    const forgeType = FORGE_TYPES[module.type];
    if (numericId === undefined || forgeType === undefined) {
      throw new Error(`Custom field module '${module.key}' has an unsupported type '${module.type}'.`);
    }
    const list = module.collection === 'list';
    const id = `customfield_${numericId}`;
    moduleIds.set(module.key, id);
    forgeFields.push({
      id,
      name: module.name,
      custom: true,
      schema: {
        type: list ? 'array' : forgeType.schemaType,
        ...(list ? { items: forgeType.schemaType } : {}),
        custom: `ari:cloud:ecosystem::extension/${appId}/${environmentId}/static/${module.key}`,
        customId: numericId,
      },
      clauseNames: [`cf[${numericId}]`, module.name],
      orderable: true,
      navigable: true,
      searchable: true,
      value: { element: forgeType.element, list },
    });
  }
  const fields = [...SYSTEM_FIELDS, ...forgeFields];
  return {
    all: () => fields,
    byId: (id) => fields.find((field) => field.id === id),
    byClauseName: (name) => {
      const wanted = name.toLowerCase();
      return fields.find((field) => field.clauseNames.some((clause) => clause.toLowerCase() === wanted));
    },
    forgeFieldId: (moduleKey) => moduleIds.get(moduleKey),
  };
}
