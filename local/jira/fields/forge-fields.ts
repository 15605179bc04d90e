import { parseJiraExpression, validateFieldValue } from '../expressions';
import type {
  EditValidator,
  ElementType,
  FieldDefinition,
  FieldValueRules,
  ObjectValidator,
} from './field-definition';

/** A `jira:customField` module of the app's manifest (docs/platform-assumptions.md). */
export interface ForgeCustomFieldModule {
  key: string;
  name: string;
  type: string;
  collection?: 'list' | 'none';
  /** The manifest's `description`; shown by `GET …/requesttype/{id}/field`. */
  description?: string;
  /** `readOnly: true`: users can't edit the field, neither through the UI nor the Edit issue REST API. */
  readOnly?: boolean;
  /** The JSON schema of an `object` field ("Allowed only for the `object` type"). */
  schema?: unknown;
  /** `edit.validation`: a Jira expression Jira runs when the issue is created or edited. */
  validation?: { expression: string; errorMessage: string };
}

/**
 * Longest Forge `string` value. The Forge data-types section says only "plain strings"; the platform OpenAPI
 * gives 254 characters for a Forge string field's default value (`CustomFieldContextDefaultValueForgeStringField`,
 * `CustomFieldContextDefaultValueForgeMultiStringField`). Applying it to every stored value is *inferred*.
 */
export const FORGE_STRING_MAX_LENGTH = 254;

/**
 * "A Forge custom field can store a collection of up to 100 values."
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-custom-field/#collection-types)
 */
export const FORGE_COLLECTION_MAX_ITEMS = 100;

/**
 * Forge data types (…/jira-custom-field/#data-types) and the Jira schema type each shows in `GET /field`;
 * `object` shows up as `any`.
 */
const FORGE_TYPES: Record<string, { schemaType: string; element: ElementType }> = {
  string: { schemaType: 'string', element: 'string' },
  number: { schemaType: 'number', element: 'number' },
  user: { schemaType: 'user', element: 'user' },
  group: { schemaType: 'group', element: 'group' },
  date: { schemaType: 'date', element: 'date' },
  datetime: { schemaType: 'datetime', element: 'datetime' },
  object: { schemaType: 'any', element: 'object' },
};

export interface ForgeFieldIds {
  appId: string;
  environmentId: string;
  numericId: number;
}

/**
 * A Forge field as Jira lists it: `schema.custom` is the extension ARI
 * `ari:cloud:ecosystem::extension/{appId}/{environmentId}/static/{moduleKey}` (…/jira-custom-field/#field-lifecycle).
 */
export function forgeFieldDefinition(
  module: ForgeCustomFieldModule,
  ids: ForgeFieldIds,
  compileSchema: (schema: unknown, fieldName: string) => ObjectValidator,
): FieldDefinition {
  const forgeType = FORGE_TYPES[module.type];
  if (forgeType === undefined) {
    throw new Error(`Custom field module '${module.key}' has an unsupported type '${module.type}'.`);
  }
  if (module.schema !== undefined && module.type !== 'object') {
    throw new Error(`Custom field module '${module.key}': a schema is allowed only for the object type.`);
  }
  const list = module.collection === 'list';
  const value: FieldValueRules = {
    element: forgeType.element,
    list,
    ...(module.readOnly === true ? { readOnly: true } : {}),
    ...(forgeType.element === 'string' ? { maxLength: FORGE_STRING_MAX_LENGTH } : {}),
    ...(list ? { maxItems: FORGE_COLLECTION_MAX_ITEMS } : {}),
    ...(module.schema === undefined ? {} : { validateObject: compileSchema(module.schema, module.name) }),
    ...(module.validation === undefined ? {} : { validateEdit: editValidator(module) }),
  };
  return {
    id: `customfield_${ids.numericId}`,
    name: module.name,
    description: module.description ?? '',
    custom: true,
    schema: {
      type: list ? 'array' : forgeType.schemaType,
      ...(list ? { items: forgeType.schemaType } : {}),
      custom: `ari:cloud:ecosystem::extension/${ids.appId}/${ids.environmentId}/static/${module.key}`,
      customId: ids.numericId,
    },
    clauseNames: [`cf[${ids.numericId}]`, module.name],
    orderable: true,
    navigable: true,
    searchable: true,
    value,
    forge: { moduleKey: module.key },
  };
}

/**
 * A field's `edit.validation` (…/jira-custom-field/#validation): Jira evaluates the expression "whenever an issue
 * is edited or created, but not when the app updates the value directly" (the app field value API skips it).
 * Compiled once; an expression outside the local evaluator's subset fails at start-up, never passes silently.
 */
function editValidator(module: ForgeCustomFieldModule): EditValidator {
  const validation = module.validation;
  if (validation === undefined) return () => undefined;
  const compiled = parseJiraExpression(validation.expression);
  return (value, context) => {
    const result = validateFieldValue(compiled, validation.errorMessage, { value, ...context });
    return result.ok ? undefined : result.message;
  };
}
