import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { APP_ROOT } from '../../../support/app-files';

/** The part of a `jira:customField` module these tests read: its formatter and validation expressions. */
const customFieldSchema = z.object({
  key: z.string(),
  view: z.object({ formatter: z.object({ expression: z.string() }).optional() }).optional(),
  edit: z
    .object({ validation: z.object({ expression: z.string(), errorMessage: z.string() }).optional() })
    .optional(),
});
const manifestSchema = z.object({ modules: z.object({ 'jira:customField': z.array(customFieldSchema) }) });

export type ManifestCustomField = z.infer<typeof customFieldSchema>;

/** The custom fields of the real manifest.yml, so the tests exercise the expressions that ship. */
export function manifestCustomFields(): ManifestCustomField[] {
  const manifest: unknown = parse(readFileSync(join(APP_ROOT, 'manifest.yml'), 'utf8'));
  return manifestSchema.parse(manifest).modules['jira:customField'];
}

/** One field's validation expression and message; throws if the manifest has none for that key. */
export function validationOf(moduleKey: string): { expression: string; errorMessage: string } {
  const validation = manifestCustomFields().find((field) => field.key === moduleKey)?.edit?.validation;
  if (validation === undefined) throw new Error(`manifest.yml has no validation for ${moduleKey}`);
  return validation;
}
