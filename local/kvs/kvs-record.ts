import { type MetadataFieldName } from './kvs-request-schemas';

/** One live item as the store holds it; times are epoch milliseconds. */
export interface KvsRecord {
  key: string;
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expiresAt: number | null;
}

/** The JSON an item is answered with: `key`, `value`, and only the metadata the caller asked for. */
export interface WireRecord {
  key: string;
  value: unknown;
  createdAt?: number;
  updatedAt?: number;
  expireTime?: string;
}

/**
 * `createdAt`/`updatedAt` are Unix epoch milliseconds and `expireTime` an ISO-8601 string, as in the
 * examples of storage-reference/kvs-api; `expireTime` is absent for items without a TTL.
 */
export function toWireRecord(record: KvsRecord, fields: readonly MetadataFieldName[] = []): WireRecord {
  const wire: WireRecord = { key: record.key, value: record.value };
  if (fields.includes('CREATED_AT')) wire.createdAt = record.createdAt;
  if (fields.includes('UPDATED_AT')) wire.updatedAt = record.updatedAt;
  if (fields.includes('EXPIRE_TIME') && record.expiresAt !== null) {
    wire.expireTime = new Date(record.expiresAt).toISOString();
  }
  return wire;
}

/** One row of the SQLite `kvs_items` table. */
export interface KvsItemRow {
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expires_at: number | null;
}

export function recordFromRow(row: KvsItemRow): KvsRecord {
  return {
    key: row.key,
    value: JSON.parse(row.value) as unknown,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
  };
}
