import { z } from 'zod';

import { ENTITY_NAME_PATTERN, KVS_LIMITS } from './kvs-limits';

/** Attribute types of custom entities (storage-reference/entities-manifest#values). */
export type EntityAttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';

export interface EntityIndexDefinition {
  name: string;
  /** Attributes whose values must all be given, in this order, to query the index. */
  partition: readonly string[];
  /** The attribute the `where` condition and the sort order apply to; `null` orders by key. */
  range: string | null;
}

export interface EntityDefinition {
  name: string;
  attributes: Readonly<Record<string, EntityAttributeType>>;
  /** Declared indexes plus the implicit `by-key` index. */
  indexes: readonly EntityIndexDefinition[];
}

/** Forge creates this index for every entity; it cannot be declared (entities-manifest#key-index). */
export const BY_KEY_INDEX = 'by-key';

const ATTRIBUTE_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const INDEX_NAME = /^(?!\.)(?!.*\.{2})[a-zA-Z0-9:_.-]+(?<!\.)$/;

const attributeSchema = z.object({ type: z.enum(['string', 'integer', 'float', 'boolean', 'any']) });
const indexSchema = z.union([
  z.string(),
  z.object({
    name: z.string(),
    partition: z.array(z.string()).optional(),
    range: z.array(z.string()).max(1).optional(),
  }),
]);
const entitySchema = z.object({
  name: z.string(),
  attributes: z.record(z.string(), attributeSchema),
  indexes: z.array(indexSchema).optional(),
});
const manifestSchema = z.object({
  app: z.object({
    storage: z.object({ entities: z.array(entitySchema).optional() }).optional(),
  }),
});

/**
 * Reads `app.storage.entities` from a parsed manifest (the JS object, e.g. from `yaml.parse`).
 * Throws on a declaration the real `forge deploy` would reject, so a broken manifest fails here first.
 */
export function parseEntityDefinitions(manifest: unknown): EntityDefinition[] {
  const parsed = manifestSchema.safeParse(manifest);
  if (!parsed.success) {
    throw new Error(`manifest app.storage.entities is malformed: ${z.prettifyError(parsed.error)}`);
  }
  const declared = parsed.data.app.storage?.entities ?? [];
  const seen = new Set<string>();
  return declared.map((entity) => {
    if (seen.has(entity.name)) throw new Error(`Entity "${entity.name}" is declared twice.`);
    seen.add(entity.name);
    return toDefinition(entity);
  });
}

function toDefinition(entity: z.infer<typeof entitySchema>): EntityDefinition {
  const { name } = entity;
  if (
    name.length < KVS_LIMITS.entityNameMin ||
    name.length > KVS_LIMITS.entityNameMax ||
    !ENTITY_NAME_PATTERN.test(name)
  ) {
    throw new Error(`Entity name "${name}" is not a valid custom entity name.`);
  }
  const attributes: Record<string, EntityAttributeType> = {};
  for (const [attribute, { type }] of Object.entries(entity.attributes)) {
    if (!ATTRIBUTE_NAME.test(attribute) || attribute.length > 64) {
      throw new Error(`Attribute "${attribute}" of entity "${name}" is not a valid attribute name.`);
    }
    attributes[attribute] = type;
  }
  const indexes: EntityIndexDefinition[] = [{ name: BY_KEY_INDEX, partition: [], range: null }];
  for (const raw of entity.indexes ?? []) {
    const index: EntityIndexDefinition =
      typeof raw === 'string'
        ? { name: raw, partition: [], range: raw }
        : { name: raw.name, partition: raw.partition ?? [], range: raw.range?.[0] ?? null };
    assertIndexDeclarable(name, index, attributes, indexes);
    indexes.push(index);
  }
  return { name, attributes, indexes };
}

function assertIndexDeclarable(
  entityName: string,
  index: EntityIndexDefinition,
  attributes: Record<string, EntityAttributeType>,
  existing: readonly EntityIndexDefinition[],
): void {
  if (existing.some((other) => other.name === index.name)) {
    throw new Error(`Index "${index.name}" of entity "${entityName}" is reserved or declared twice.`);
  }
  if (!INDEX_NAME.test(index.name) || index.name.length < 3 || index.name.length > 50) {
    throw new Error(`Index name "${index.name}" of entity "${entityName}" is not valid.`);
  }
  if (index.partition.length === 0 && index.range === null) {
    throw new Error(`Index "${index.name}" of entity "${entityName}" needs a range or a partition.`);
  }
  for (const attribute of [...index.partition, ...(index.range === null ? [] : [index.range])]) {
    const type = attributes[attribute];
    // entities-manifest#custom-indexes: range and partition accept every type except `any`.
    if (type === undefined || type === 'any') {
      throw new Error(
        `Index "${index.name}" of entity "${entityName}" uses "${attribute}", which is not a typed attribute.`,
      );
    }
  }
}
