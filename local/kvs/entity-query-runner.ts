import { type EntityDefinition, type EntityIndexDefinition } from './entity-definitions';
import {
  assertCondition,
  compareScalars,
  matchesCondition,
  matchesFilterGroup,
  normaliseFilterGroup,
  RANGE_CONDITIONS,
} from './filter-conditions';
import { badRequest, KvsErrorCode, KvsServiceError } from './kvs-errors';
import { KVS_LIMITS } from './kvs-limits';
import { type KvsRecord } from './kvs-record';
import { type EntityQueryRequest } from './kvs-request-schemas';
import { type CursorPosition, decodeCursor, encodeCursor } from './query-cursor';

type Scalar = string | number | boolean;

interface IndexEntry {
  record: KvsRecord;
  rangeValue: Scalar;
}

export interface EntityQueryPage {
  records: KvsRecord[];
  cursor: string | undefined;
}

/**
 * Runs an entity query over the live items of one entity (entities-api-query):
 * the partition must match exactly, `where` applies to the index's range attribute (the key for `by-key`),
 * items are ordered by (range, key) in the requested direction, `limit` (1–100, default 10) counts the items
 * the index yields, and `filters` are applied afterwards "in memory". Like the real service, that last step
 * can produce short or empty pages that still carry a cursor.
 */
export function runEntityQuery(
  definition: EntityDefinition,
  records: readonly KvsRecord[],
  request: EntityQueryRequest,
): EntityQueryPage {
  const index = findIndex(definition, request.indexName);
  const partition = request.partition ?? [];
  if (partition.length !== index.partition.length) {
    throw badRequest(
      KvsErrorCode.invalidEntityIndex,
      `Index "${index.name}" needs ${index.partition.length} partition value(s), got ${partition.length}.`,
    );
  }
  const limit = request.limit ?? KVS_LIMITS.queryDefaultLimit;
  if (!Number.isInteger(limit) || limit < 1 || limit > KVS_LIMITS.queryMaxLimit) {
    throw badRequest(
      KvsErrorCode.complexQueryPageLimitNotInRange,
      'The page limit must be set between 1 and 100.',
    );
  }
  const range = request.range;
  if (range !== undefined) assertCondition(range, RANGE_CONDITIONS);
  const filter = request.filters === undefined ? undefined : normaliseFilterGroup(request.filters);
  if (filter !== undefined) for (const item of filter.items) assertFilterable(definition, item.property);

  const direction = request.sort === 'DESC' ? -1 : 1;
  const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor);
  const entries = records
    .map((record) => toIndexEntry(index, record, partition))
    .filter((entry): entry is IndexEntry => entry !== undefined)
    .filter((entry) => range === undefined || matchesCondition(entry.rangeValue, range))
    .sort((a, b) => direction * compareEntries(a, b))
    .filter((entry) => after === undefined || direction * compareToPosition(entry, after) > 0);

  const scanned = entries.slice(0, limit);
  const last = scanned.at(-1);
  const cursor =
    entries.length > limit && last !== undefined
      ? encodeCursor({ k: last.record.key, r: last.rangeValue })
      : undefined;
  const page = scanned
    .map((entry) => entry.record)
    .filter(
      (record) =>
        filter === undefined || matchesFilterGroup(asAttributes(record.value), filter.operator, filter.items),
    );
  return { records: page, cursor };
}

function findIndex(definition: EntityDefinition, name: string): EntityIndexDefinition {
  const index = definition.indexes.find((candidate) => candidate.name === name);
  if (index === undefined) {
    throw badRequest(
      KvsErrorCode.invalidEntityIndex,
      `The custom entity index "${name}" is not declared for entity "${definition.name}".`,
    );
  }
  return index;
}

/** entities-api-query: attributes of type `any` (and undeclared ones) cannot be filtered: 422. */
function assertFilterable(definition: EntityDefinition, property: string): void {
  const type = definition.attributes[property];
  if (type === undefined || type === 'any') {
    throw new KvsServiceError(
      422,
      KvsErrorCode.invalidEntityAttribute,
      `Attribute "${property}" of entity "${definition.name}" is not a typed attribute and cannot be filtered.`,
    );
  }
}

function asAttributes(value: unknown): Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : {};
}

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Indexes are sparse: an item without every index attribute is not in the index. */
function toIndexEntry(
  index: EntityIndexDefinition,
  record: KvsRecord,
  partition: readonly unknown[],
): IndexEntry | undefined {
  const attributes = asAttributes(record.value);
  const inPartition = index.partition.every(
    (attribute, position) => compareScalars(attributes[attribute], partition[position]) === 0,
  );
  if (!inPartition) return undefined;
  if (index.range === null) return { record, rangeValue: record.key };
  const rangeValue = attributes[index.range];
  return isScalar(rangeValue) ? { record, rangeValue } : undefined;
}

function compareEntries(a: IndexEntry, b: IndexEntry): number {
  return compareToPosition(a, { k: b.record.key, r: b.rangeValue });
}

function compareToPosition(entry: IndexEntry, position: CursorPosition): number {
  const byRange = position.r === undefined ? 0 : (compareScalars(entry.rangeValue, position.r) ?? 0);
  if (byRange !== 0) return byRange;
  const key = entry.record.key;
  return key < position.k ? -1 : key > position.k ? 1 : 0;
}
