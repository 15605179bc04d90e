import type { ForgeCustomFieldModule } from '../jira/fields/field-catalog';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The app's `jira:customField` modules, which the stand-in exposes as Forge fields with customfield_ ids. */
export function customFieldModules(manifest: unknown): ForgeCustomFieldModule[] {
  const modules = isRecord(manifest) && isRecord(manifest.modules) ? manifest.modules : {};
  const fields = modules['jira:customField'];
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((field: unknown) => {
    if (
      !isRecord(field) ||
      typeof field.key !== 'string' ||
      typeof field.name !== 'string' ||
      typeof field.type !== 'string'
    ) {
      return [];
    }
    const collection = field.collection === 'list' ? 'list' : 'none';
    return [{ key: field.key, name: field.name, type: field.type, collection }];
  });
}
