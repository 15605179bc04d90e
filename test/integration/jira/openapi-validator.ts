import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { z } from 'zod';

/**
 * Validates stand-in responses against Atlassian's published platform OpenAPI document
 * (a copy kept in test/fixtures/openapi/, from ../shared/reference). The document is 2.4 MB, so it is read once and each
 * response schema is compiled on first use; `$ref`s resolve inside the document.
 */
const DOC_PATH = path.resolve(__dirname, '../../fixtures/openapi/jira-platform-openapi.v3.json');
const DOC_ID = 'jira-platform-openapi.json';

let ajv: Ajv | undefined;
let doc: unknown;
const compiled = new Map<string, ValidateFunction>();

function at(node: unknown, ...keys: string[]): unknown {
  let current = node;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Object.entries(current).find(([k]) => k === key)?.[1];
  }
  return current;
}

function engine(): Ajv {
  if (ajv) return ajv;
  doc = JSON.parse(readFileSync(DOC_PATH, 'utf8'));
  // OpenAPI 3.0 keywords (example, x-*, discriminator) are not JSON Schema: strict mode off, formats known.
  ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const format of ['int32', 'int64', 'double', 'float']) ajv.addFormat(format, true);
  ajv.addSchema({ components: at(doc, 'components') }, DOC_ID);
  return ajv;
}

function compile(key: string, schema: unknown): ValidateFunction {
  const existing = compiled.get(key);
  if (existing) return existing;
  const rewritten: unknown = JSON.parse(
    JSON.stringify(schema).replace(/"#\/components\//g, `"${DOC_ID}#/components/`),
  );
  const validate = engine().compile(z.record(z.string(), z.unknown()).parse(rewritten));
  compiled.set(key, validate);
  return validate;
}

function errorsOf(validate: ValidateFunction, body: unknown): string[] {
  if (validate(body)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}

/** Errors of `body` against the JSON response schema of `method path` for `status` ([] when it conforms). */
export function validateOperationResponse(
  method: string,
  pathTemplate: string,
  status: number,
  body: unknown,
): string[] {
  engine();
  const schema = at(
    doc,
    'paths',
    pathTemplate,
    method.toLowerCase(),
    'responses',
    String(status),
    'content',
    'application/json',
    'schema',
  );
  if (schema === undefined)
    throw new Error(`The OpenAPI document has no JSON schema for ${method} ${pathTemplate} ${status}.`);
  return errorsOf(compile(`${method} ${pathTemplate} ${status}`, schema), body);
}

/** Errors of `body` against a named component schema, e.g. `ErrorCollection`. */
export function validateComponent(name: string, body: unknown): string[] {
  engine();
  if (at(doc, 'components', 'schemas', name) === undefined) throw new Error(`No component schema '${name}'.`);
  return errorsOf(compile(`#${name}`, { $ref: `#/components/schemas/${name}` }), body);
}
