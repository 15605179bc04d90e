import Database from 'better-sqlite3';

import { EntityPartitionTable } from './entity-partition-table';
import { type KvsItemRow as ItemRow, type KvsRecord, recordFromRow as toRecord } from './kvs-record';

/**
 * One table holds every namespace (`kvs`, `secret`, `entity:<name>`), keyed by namespace and key.
 * An expired row is still read (and still exists for FAIL_IF_EXISTS) for `lingerMs` after its expiry, then
 * no read returns it and a purge removes it: Forge deletes expired rows asynchronously, up to 48 hours later
 * (docs/platform-assumptions.md, KVS TTL), so an app must not count on a key being gone at its expiry.
 */
export class KvsSqliteTable {
  readonly db: Database.Database;
  private readonly selectOne;
  private readonly upsertOne;
  private readonly deleteOne;
  private readonly selectPage;
  private readonly selectAll;
  private readonly purge;
  /** Which index partitions each entity item is in (see entity-partition-table.ts). */
  readonly partitions: EntityPartitionTable;

  constructor(
    filename: string,
    /** How long an expired row is still read back (KVS_LIMITS.expiredRowsLingerMs on the host). */
    readonly lingerMs = 0,
  ) {
    this.db = new Database(filename);
    if (filename !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS kvs_items (
      namespace TEXT NOT NULL,
      key TEXT NOT NULL,
      value TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      expires_at INTEGER,
      PRIMARY KEY (namespace, key)
    ) WITHOUT ROWID`);
    if (!Number.isInteger(lingerMs) || lingerMs < 0)
      throw new RangeError('lingerMs must be a whole number ≥ 0');
    this.partitions = new EntityPartitionTable(this.db, lingerMs);
    const live = `(expires_at IS NULL OR expires_at + ${String(lingerMs)} > @now)`;
    this.selectOne = this.db.prepare<{ namespace: string; key: string; now: number }, ItemRow>(
      `SELECT key, value, created_at, updated_at, expires_at FROM kvs_items
       WHERE namespace = @namespace AND key = @key AND ${live}`,
    );
    this.upsertOne = this.db.prepare<{
      namespace: string;
      key: string;
      value: string;
      createdAt: number;
      updatedAt: number;
      expiresAt: number | null;
    }>(
      `INSERT INTO kvs_items (namespace, key, value, created_at, updated_at, expires_at)
       VALUES (@namespace, @key, @value, @createdAt, @updatedAt, @expiresAt)
       ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at,
         updated_at = excluded.updated_at, expires_at = excluded.expires_at`,
    );
    this.deleteOne = this.db.prepare<{ namespace: string; key: string }>(
      'DELETE FROM kvs_items WHERE namespace = @namespace AND key = @key',
    );
    // Key order is SQLite's BINARY collation: byte order of UTF-8, stable across pages.
    this.selectPage = this.db.prepare<
      { namespace: string; after: string | null; prefix: string; now: number; limit: number },
      ItemRow
    >(
      `SELECT key, value, created_at, updated_at, expires_at FROM kvs_items
       WHERE namespace = @namespace AND (@after IS NULL OR key > @after)
         AND substr(key, 1, length(@prefix)) = @prefix AND ${live}
       ORDER BY key LIMIT @limit`,
    );
    this.selectAll = this.db.prepare<{ namespace: string; now: number }, ItemRow>(
      `SELECT key, value, created_at, updated_at, expires_at FROM kvs_items
       WHERE namespace = @namespace AND ${live} ORDER BY key`,
    );
    this.purge = this.db.prepare<{ now: number }>(
      `DELETE FROM kvs_items WHERE expires_at IS NOT NULL AND expires_at + ${String(lingerMs)} <= @now`,
    );
  }

  get(namespace: string, key: string, now: number): KvsRecord | undefined {
    const row = this.selectOne.get({ namespace, key, now });
    return row === undefined ? undefined : toRecord(row);
  }

  put(namespace: string, record: KvsRecord, valueJson: string): void {
    this.upsertOne.run({
      namespace,
      key: record.key,
      value: valueJson,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      expiresAt: record.expiresAt,
    });
  }

  remove(namespace: string, key: string): void {
    this.deleteOne.run({ namespace, key });
    this.partitions.remove(namespace, key);
  }

  /** Live items after `after` whose key starts with `prefix`, in key order. */
  page(namespace: string, prefix: string, after: string | null, limit: number, now: number): KvsRecord[] {
    return this.selectPage.all({ namespace, prefix, after, limit, now }).map(toRecord);
  }

  all(namespace: string, now: number): KvsRecord[] {
    return this.selectAll.all({ namespace, now }).map(toRecord);
  }

  purgeExpired(now: number): number {
    const purged = this.purge.run({ now }).changes;
    if (purged > 0) this.partitions.dropOrphans();
    return purged;
  }

  /** Runs `fn` in one SQLite transaction: everything or nothing is written. */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  journalMode(): string {
    const mode: unknown = this.db.pragma('journal_mode', { simple: true });
    return String(mode);
  }

  close(): void {
    this.db.close();
  }
}
