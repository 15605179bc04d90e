/**
 * What Jira indexes of issue entity properties: only the `values` the app's `jira:entityProperty` modules
 * declare, each with its type and optional `searchAlias`
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-entity-property/: the module
 * "requests that fields of an entity property are indexed by Jira to make the fields available to query in
 * JQL"). JQL reaches a declared value as `issue.property[<propertyKey>].<path>` or by its alias ("JQL syntax").
 */
import { z } from 'zod';

/** The documented value types ("Property values", `type`). */
export type IndexedValueType = 'number' | 'string' | 'text' | 'user' | 'date';

export interface ForgeEntityPropertyModule {
  key: string;
  entityType: 'issue' | 'project' | 'user';
  propertyKey: string;
  values: { path: string; type: IndexedValueType; searchAlias?: string }[];
}

/** One declared, indexed value of an issue property. */
export interface IndexedPath {
  propertyKey: string;
  /** "The key of a flattened JSON object with '.' as the delimiter", split. */
  path: string[];
  type: IndexedValueType;
  /** How JQL names it in messages: the alias, else `issue.property[key].path`. */
  clauseName: string;
}

export interface EntityPropertyIndex {
  byPath(propertyKey: string, path: readonly string[]): IndexedPath | undefined;
  /** JQL field names are case-insensitive. */
  byAlias(name: string): IndexedPath | undefined;
}

const ValueSchema = z.object({
  path: z.string().min(1),
  type: z.enum(['number', 'string', 'text', 'user', 'date']),
  searchAlias: z.string().min(1).optional(),
});
const ModuleSchema = z.looseObject({
  key: z.string(),
  // "The default value is issue".
  entityType: z.enum(['issue', 'project', 'user']).default('issue'),
  propertyKey: z.string().min(1),
  values: z.array(ValueSchema),
});
const ManifestSchema = z.looseObject({
  modules: z.looseObject({ 'jira:entityProperty': z.array(z.unknown()).optional() }).optional(),
});

/**
 * The `jira:entityProperty` modules of a parsed manifest.yml. A module the manifest validator would refuse
 * (no `propertyKey`, an unknown `type`) is skipped, so nothing of it is indexed.
 */
export function forgeEntityPropertyModules(manifest: unknown): ForgeEntityPropertyModule[] {
  const parsed = ManifestSchema.safeParse(manifest);
  const entries = parsed.success ? (parsed.data.modules?.['jira:entityProperty'] ?? []) : [];
  return entries.flatMap((entry) => {
    const module = ModuleSchema.safeParse(entry);
    if (!module.success) return [];
    const { key, entityType, propertyKey, values } = module.data;
    return [
      {
        key,
        entityType,
        propertyKey,
        values: values.map(({ path, type, searchAlias }) => ({
          path,
          type,
          ...(searchAlias === undefined ? {} : { searchAlias }),
        })),
      },
    ];
  });
}

/** The issue-property index over the declared modules (project and user properties are not searched here). */
export function createEntityPropertyIndex(
  modules: readonly ForgeEntityPropertyModule[],
): EntityPropertyIndex {
  const paths = new Map<string, IndexedPath>();
  const aliases = new Map<string, IndexedPath>();
  for (const module of modules) {
    if (module.entityType !== 'issue') continue;
    for (const value of module.values) {
      const indexed: IndexedPath = {
        propertyKey: module.propertyKey,
        path: value.path.split('.'),
        type: value.type,
        clauseName: value.searchAlias ?? `issue.property[${module.propertyKey}].${value.path}`,
      };
      paths.set(pathId(module.propertyKey, indexed.path), indexed);
      if (value.searchAlias !== undefined) aliases.set(value.searchAlias.toLowerCase(), indexed);
    }
  }
  return {
    byPath: (propertyKey, path) => paths.get(pathId(propertyKey, path)),
    byAlias: (name) => aliases.get(name.toLowerCase()),
  };
}

function pathId(propertyKey: string, path: readonly string[]): string {
  return JSON.stringify([propertyKey, path.join('.')]);
}
