/**
 * What the kit needs from manifest.yml: the app's `jira:customField` modules (their keys find the fields on
 * a site: `schema.custom` ends with `/static/<module key>`, jira-custom-field "Field lifecycle") and the
 * `jira:entityProperty` index that makes `issue.property[async-cab].overdue` searchable.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

export interface AppFieldModule {
  key: string;
  name: string;
  type: string;
  readOnly: boolean;
}

export interface AppManifestFacts {
  fields: AppFieldModule[];
  /** Property keys the app declares for JQL, with the indexed paths. */
  indexedProperties: { propertyKey: string; paths: string[] }[];
}

const ManifestSchema = z.looseObject({
  modules: z.looseObject({
    'jira:customField': z
      .array(
        z.looseObject({
          key: z.string(),
          name: z.string(),
          type: z.string(),
          readOnly: z.boolean().optional(),
        }),
      )
      .default([]),
    'jira:entityProperty': z
      .array(
        z.looseObject({
          propertyKey: z.string(),
          values: z.array(z.looseObject({ path: z.string() })),
        }),
      )
      .default([]),
  }),
});

export const REPO_ROOT = resolve(__dirname, '..', '..');

export function readAppManifest(path = join(REPO_ROOT, 'manifest.yml')): AppManifestFacts {
  const manifest = ManifestSchema.parse(parse(readFileSync(path, 'utf8')));
  return {
    fields: manifest.modules['jira:customField'].map((module) => ({
      key: module.key,
      name: module.name,
      type: module.type,
      readOnly: module.readOnly === true,
    })),
    indexedProperties: manifest.modules['jira:entityProperty'].map((module) => ({
      propertyKey: module.propertyKey,
      paths: module.values.map((value) => value.path),
    })),
  };
}
