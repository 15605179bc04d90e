import type { FieldDefinition } from './field-definition';
import { forgeFieldDefinition, type ForgeCustomFieldModule } from './forge-fields';
import { createObjectSchemaCompiler } from './object-schema-validator';
import { SITE_FIELDS } from './site-fields';

export type { ElementType, FieldDefinition, FieldSchema } from './field-definition';
export type { ForgeCustomFieldModule } from './forge-fields';
export {
  APPROVALS_FIELD_ID,
  APPROVERS_FIELD_ID,
  DEVICE_OR_APP_FIELD_ID,
  REQUEST_TYPE_FIELD_ID,
} from './site-fields';

export interface FieldCatalog {
  all(): FieldDefinition[];
  byId(id: string): FieldDefinition | undefined;
  /** JQL clause name (`cf[10100]`, `"Risk"`, `summary`), case-insensitive. */
  byClauseName(name: string): FieldDefinition | undefined;
  forgeFieldId(moduleKey: string): string | undefined;
}

/** The site's fields followed by the app's Forge custom fields, in manifest order. */
export function createFieldCatalog(
  modules: ForgeCustomFieldModule[],
  ids: Map<string, number>,
  appId: string,
  environmentId: string,
): FieldCatalog {
  const compileSchema = createObjectSchemaCompiler();
  const forgeFields = modules.map((module) => {
    const numericId = ids.get(module.key);
    if (numericId === undefined) throw new Error(`Custom field module '${module.key}' has no field id.`);
    return forgeFieldDefinition(module, { appId, environmentId, numericId }, compileSchema);
  });
  const moduleIds = new Map(forgeFields.map((field) => [field.forge?.moduleKey ?? '', field.id]));
  const fields = [...SITE_FIELDS, ...forgeFields];
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
