import type Database from 'better-sqlite3';

import { type EntityDefinition } from './entity-definitions';
import { type KvsItemRow, type KvsRecord, recordFromRow } from './kvs-record';

type Scalar = string | number | boolean;

/**
 * Which index partitions each entity item sits in, so a query reads only the items of the partition it
 * names instead of decoding every item of the entity. It is a lookup aid of this host, not a behaviour:
 * `runEntityQuery` still applies the partition, range, order, limit and filters to what it is given.
 * A partition is the JSON of its attribute values in the index's order; values of another type never match
 * (`compareScalars` in filter-conditions.ts), and JSON keeps `"1"` apart from `1`.
 */
export class EntityPartitionTable {
  private readonly insertRow;
  private readonly deleteRows;
  private readonly selectPartition;
  private readonly deleteOrphans;

  constructor(
    private readonly db: Database.Database,
    lingerMs: number,
  ) {
    db.exec(`CREATE TABLE IF NOT EXISTS kvs_entity_partitions (
      namespace TEXT NOT NULL,
      index_name TEXT NOT NULL,
      partition TEXT NOT NULL,
      key TEXT NOT NULL,
      PRIMARY KEY (namespace, index_name, partition, key)
    ) WITHOUT ROWID`);
    db.exec(
      'CREATE INDEX IF NOT EXISTS kvs_entity_partitions_by_key ON kvs_entity_partitions (namespace, key)',
    );
    // The indexes each entity's rows were recorded for: a store opened with other ones rebuilds them.
    db.exec(`CREATE TABLE IF NOT EXISTS kvs_entity_partition_indexes (
      namespace TEXT PRIMARY KEY,
      indexes TEXT NOT NULL
    ) WITHOUT ROWID`);
    this.insertRow = db.prepare<{ namespace: string; index: string; partition: string; key: string }>(
      `INSERT OR IGNORE INTO kvs_entity_partitions (namespace, index_name, partition, key)
       VALUES (@namespace, @index, @partition, @key)`,
    );
    this.deleteRows = db.prepare<{ namespace: string; key: string }>(
      'DELETE FROM kvs_entity_partitions WHERE namespace = @namespace AND key = @key',
    );
    this.selectPartition = db.prepare<
      { namespace: string; index: string; partition: string; now: number },
      KvsItemRow
    >(
      `SELECT i.key, i.value, i.created_at, i.updated_at, i.expires_at
       FROM kvs_entity_partitions p JOIN kvs_items i ON i.namespace = p.namespace AND i.key = p.key
       WHERE p.namespace = @namespace AND p.index_name = @index AND p.partition = @partition
         AND (i.expires_at IS NULL OR i.expires_at + ${String(lingerMs)} > @now)`,
    );
    this.deleteOrphans = db.prepare(
      `DELETE FROM kvs_entity_partitions WHERE NOT EXISTS (
         SELECT 1 FROM kvs_items i WHERE i.namespace = kvs_entity_partitions.namespace
           AND i.key = kvs_entity_partitions.key)`,
    );
  }

  /** Records the partitions of one item's new value (call inside the write's transaction). */
  put(namespace: string, definition: EntityDefinition, key: string, value: unknown): void {
    this.deleteRows.run({ namespace, key });
    for (const index of definition.indexes) {
      const partition = partitionOf(index.partition, value);
      if (partition !== undefined) this.insertRow.run({ namespace, index: index.name, partition, key });
    }
  }

  remove(namespace: string, key: string): void {
    this.deleteRows.run({ namespace, key });
  }

  /** The live items of one partition of one index, in no particular order. */
  itemsIn(namespace: string, indexName: string, partition: readonly unknown[], now: number): KvsRecord[] {
    const encoded = encodePartition(partition);
    if (encoded === undefined) return [];
    return this.selectPartition
      .all({ namespace, index: indexName, partition: encoded, now })
      .map(recordFromRow);
  }

  /**
   * Rebuilds the rows of one entity from its items when they were recorded for other indexes than the
   * manifest's now (or never: a file from before this table); otherwise opening reads nothing more.
   */
  ensureIndexed(namespace: string, definition: EntityDefinition, items: () => readonly KvsRecord[]): void {
    const indexes = JSON.stringify(definition.indexes);
    const recorded = this.db
      .prepare<[string], { indexes: string }>(
        'SELECT indexes FROM kvs_entity_partition_indexes WHERE namespace = ?',
      )
      .get(namespace);
    if (recorded?.indexes === indexes) return;
    this.db.prepare('DELETE FROM kvs_entity_partitions WHERE namespace = ?').run(namespace);
    for (const item of items()) this.put(namespace, definition, item.key, item.value);
    this.db
      .prepare(
        'INSERT INTO kvs_entity_partition_indexes (namespace, indexes) VALUES (?, ?) ON CONFLICT (namespace) DO UPDATE SET indexes = excluded.indexes',
      )
      .run(namespace, indexes);
  }

  dropOrphans(): void {
    this.deleteOrphans.run();
  }
}

function partitionOf(attributes: readonly string[], value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Readonly<Record<string, unknown>>;
  return encodePartition(attributes.map((attribute) => record[attribute]));
}

function encodePartition(values: readonly unknown[]): string | undefined {
  return values.every(isScalar) ? JSON.stringify(values) : undefined;
}

function isScalar(value: unknown): value is Scalar {
  return (
    typeof value === 'string' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    typeof value === 'boolean'
  );
}
