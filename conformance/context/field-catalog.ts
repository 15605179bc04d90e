/**
 * The site's field ids, found the way the app finds them (src/adapters/jira/field-catalog.ts): JSM's
 * Approver groups by type and name, the Request Type field by type, the app's Forge fields by the extension
 * ARI in `schema.custom` ending with `/static/<module key>`. Ids differ per site (docs/platform-assumptions.md).
 */
import type { FieldList } from '../http/jira-shapes';
import type { AppFieldModule } from './app-manifest';

export const MULTI_GROUP_PICKER = 'com.atlassian.jira.plugin.system.customfieldtypes:multigrouppicker';
export const REQUEST_TYPE_FIELD = 'com.atlassian.servicedesk:vp-origin';
export const APPROVER_GROUPS_NAME = 'Approver groups';

export interface FoundField {
  id: string;
  name: string;
  custom: string;
}

export interface FieldCatalog {
  approverGroups: FoundField | undefined;
  requestType: FoundField | undefined;
  /** The app's Forge fields by module key; empty when the app is not installed. */
  forge: Map<string, FoundField & { module: AppFieldModule }>;
  /** Every field id the site lists. */
  ids: Set<string>;
}

export function fieldCatalogOf(fields: FieldList, modules: AppFieldModule[]): FieldCatalog {
  const found = (field: FieldList[number]): FoundField => ({
    id: field.id,
    name: field.name,
    custom: field.schema?.custom ?? '',
  });
  const approverGroups = fields.find(
    (field) => field.schema?.custom === MULTI_GROUP_PICKER && field.name === APPROVER_GROUPS_NAME,
  );
  const requestType = fields.find((field) => field.schema?.custom === REQUEST_TYPE_FIELD);
  const forge = new Map<string, FoundField & { module: AppFieldModule }>();
  for (const module of modules) {
    const field = fields.find((candidate) =>
      (candidate.schema?.custom ?? '').endsWith(`/static/${module.key}`),
    );
    if (field !== undefined) forge.set(module.key, { ...found(field), module });
  }
  return {
    approverGroups: approverGroups === undefined ? undefined : found(approverGroups),
    requestType: requestType === undefined ? undefined : found(requestType),
    forge,
    ids: new Set(fields.map((field) => field.id)),
  };
}
