import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { ObjectValidator } from './field-definition';

/**
 * Forge `object` fields may declare a JSON schema "that is used to validate values stored in the field"
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-custom-field/#object-type).
 * The docs name no JSON Schema draft: ajv's default (draft-07) with its standard formats is *inferred*.
 * Forge's own schema keywords (`searchAlias`, `searchType`) only shape JQL, so they are declared as annotations.
 */
export function createObjectSchemaCompiler(): (schema: unknown, fieldName: string) => ObjectValidator {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'searchAlias', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'searchType', schemaType: 'string' });
  return (schema, fieldName) => {
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
      throw new Error(`The schema of custom field '${fieldName}' is not a JSON object.`);
    }
    // Compiled once per field when the catalogue is built, never per request.
    const validate = ajv.compile(schema);
    return (value) => (validate(value) ? undefined : describeErrors(validate.errors ?? []));
  };
}

function describeErrors(errors: ErrorObject[]): string {
  return errors
    .map((error) => {
      const where = error.instancePath === '' ? 'the value' : error.instancePath;
      const extra =
        error.keyword === 'additionalProperties' && 'additionalProperty' in error.params
          ? ` ('${String(error.params.additionalProperty)}')`
          : '';
      return `${where} ${error.message ?? 'is invalid'}${extra}`;
    })
    .join('; ');
}
