import { z } from 'zod';
import type { ForgeCustomFieldModule } from './forge-fields';

const ModuleSchema = z.looseObject({
  key: z.string(),
  name: z.string(),
  type: z.string(),
  description: z.string().optional(),
  collection: z.enum(['list', 'none']).optional(),
  readOnly: z.boolean().optional(),
  schema: z.record(z.string(), z.unknown()).optional(),
  edit: z
    .looseObject({
      validation: z.looseObject({ expression: z.string(), errorMessage: z.string().optional() }).optional(),
    })
    .optional(),
});
const ManifestSchema = z.looseObject({
  modules: z.looseObject({ 'jira:customField': z.array(z.unknown()).optional() }).optional(),
});

/**
 * The app's `jira:customField` modules from a parsed manifest.yml, with what the stand-in enforces: the data
 * type, `collection`, `readOnly`, an `object` field's JSON `schema` and `edit.validation`
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-custom-field/#properties).
 * A module that does not have the required `key`, `name` and `type` is skipped, as the manifest validator would
 * refuse it.
 */
export function forgeCustomFieldModules(manifest: unknown): ForgeCustomFieldModule[] {
  const parsed = ManifestSchema.safeParse(manifest);
  const entries = parsed.success ? (parsed.data.modules?.['jira:customField'] ?? []) : [];
  return entries.flatMap((entry) => {
    const module = ModuleSchema.safeParse(entry);
    if (!module.success) return [];
    const { key, name, type, description, collection, readOnly, schema, edit } = module.data;
    const validation = edit?.validation;
    return [
      {
        key,
        name,
        type,
        collection: collection ?? 'none',
        ...(description === undefined ? {} : { description }),
        ...(readOnly === undefined ? {} : { readOnly }),
        ...(schema === undefined ? {} : { schema }),
        ...(validation === undefined
          ? {}
          : {
              validation: {
                expression: validation.expression,
                errorMessage: validation.errorMessage ?? `${name} is not valid.`,
              },
            }),
      },
    ];
  });
}
