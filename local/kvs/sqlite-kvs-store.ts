import { type EntityDefinition } from './entity-definitions';
import { type EntityQueryPage, runEntityQuery } from './entity-query-runner';
import { assertEntityValue } from './entity-value-validator';
import {
  assertCondition,
  matchesFilterGroup,
  normaliseFilterGroup,
  type FilterGroup,
} from './filter-conditions';
import {
  badRequest,
  type ConditionalWriteFailure,
  DEFAULT_CONDITIONAL_FAILURES,
  KvsErrorCode,
  KvsServiceError,
  keyNotFound,
} from './kvs-errors';
import { KVS_LIMITS } from './kvs-limits';
import { type KvsRecord } from './kvs-record';
import { type EntityQueryRequest, type SetOptions, type TransactionRequest } from './kvs-request-schemas';
import { entitySpace, KVS_SPACE, type KvsSpace, SECRET_SPACE } from './kvs-space';
import { KvsSqliteTable } from './kvs-sqlite-table';
import { assertValidKey, expiryFromTtl, serialiseValue, type TtlUnit } from './kvs-value-rules';
import { decodeCursor, encodeCursor } from './query-cursor';

export interface SqliteKvsStoreOptions {
  /** A file path (the host's data folder) or ':memory:'. Files are opened in WAL mode. */
  filename: string;
  /** The host's clock (local/core/clock.ts); TTLs and metadata timestamps follow it. */
  now: () => Date;
  /** `app.storage.entities` of the manifest, parsed with `parseEntityDefinitions`. */
  entities?: readonly EntityDefinition[];
  /**
   * The status and code a refused `FAIL_IF_EXISTS` set or a failed transaction condition answers (both, when
   * given). Forge documents neither (kvs-errors.ts, ConditionalWriteFailure), so tests run the app against
   * several; left out, the inferred 409 KEY_ALREADY_EXISTS / 409 CONDITION_FAILED.
   */
  conditionalWriteFailure?: ConditionalWriteFailure;
  /**
   * How long an expired item is still read back and still exists for FAIL_IF_EXISTS: Forge deletes expired
   * items asynchronously, up to 48 hours later. Default KVS_LIMITS.expiredRowsLingerMs (48 h); 0 reads
   * strictly (a test of expiry itself).
   */
  expiredRowsLingerMs?: number;
}

/** Which store an operation addresses. */
export type KvsTarget = { area: 'kvs' } | { area: 'secret' } | { area: 'entity'; entityName: string };

export function targetOf(entityName: string | undefined): KvsTarget {
  return entityName === undefined ? { area: 'kvs' } : { area: 'entity', entityName };
}

export interface TtlOption {
  ttl?: { value: number; unit: TtlUnit } | undefined;
}

export interface BatchItemError {
  key: string;
  entityName?: string;
  error: { code: string; message: string };
}
export interface BatchItemRef {
  key: string;
  entityName?: string;
}
export interface BatchResult<T extends BatchItemRef> {
  successfulKeys: T[];
  failedKeys: BatchItemError[];
}

export interface QueryPage {
  records: KvsRecord[];
  cursor: string | undefined;
}

/** Purging expired rows is lazy: at most once per clock minute, on a write. */
const PURGE_INTERVAL_MS = 60_000;

/**
 * The server side of Forge hosted storage (KVS, secrets, Custom Entity Store) over one SQLite table, with
 * the semantics and limits of docs/platform-assumptions.md Every method is synchronous and
 * throws `KvsServiceError` with the service's status and code; `handleKvsRequest` maps them to HTTP.
 */
export class SqliteKvsStore {
  private readonly table: KvsSqliteTable;
  private readonly now: () => Date;
  private readonly entities: ReadonlyMap<string, EntityDefinition>;
  private readonly keyExists: ConditionalWriteFailure;
  private readonly conditionFailed: ConditionalWriteFailure;
  private lastPurgeMs = Number.NEGATIVE_INFINITY;

  constructor(options: SqliteKvsStoreOptions) {
    this.table = new KvsSqliteTable(
      options.filename,
      options.expiredRowsLingerMs ?? KVS_LIMITS.expiredRowsLingerMs,
    );
    this.now = options.now;
    this.entities = new Map((options.entities ?? []).map((definition) => [definition.name, definition]));
    this.keyExists = options.conditionalWriteFailure ?? DEFAULT_CONDITIONAL_FAILURES.keyExists;
    this.conditionFailed = options.conditionalWriteFailure ?? DEFAULT_CONDITIONAL_FAILURES.conditionFailed;
    // A kept database may predate an index the manifest now declares: then its partition rows are rebuilt.
    const nowMs = this.nowMs();
    this.table.atomically(() => {
      for (const name of this.entities.keys()) {
        const space = entitySpace(this.entities, name);
        if (space.kind !== 'entity') continue;
        this.table.partitions.ensureIndexed(space.namespace, space.definition, () =>
          this.table.all(space.namespace, nowMs),
        );
      }
    });
  }

  get(target: KvsTarget, key: string): KvsRecord | undefined {
    const space = this.space(target);
    assertValidKey(key, space.kind === 'entity' ? 'entity' : 'kvs');
    return this.table.get(space.namespace, key, this.nowMs());
  }

  /**
   * Writes one item. Returns the record `returnValue` asks for (`LATEST`: the new one; `PREVIOUS`: the one
   * it replaced, if any), otherwise `undefined`.
   */
  set(target: KvsTarget, key: string, value: unknown, options: SetOptions = {}): KvsRecord | undefined {
    if (options.returnValue !== undefined && options.keyPolicy === 'FAIL_IF_EXISTS') {
      throw badRequest(KvsErrorCode.badRequest, 'returnValue can only be used with keyPolicy OVERRIDE.');
    }
    if (options.returnMetadataFields !== undefined && options.returnValue === undefined) {
      throw badRequest(KvsErrorCode.badRequest, 'returnMetadataFields needs returnValue.');
    }
    const space = this.space(target);
    const write = this.prepareWrite(space, key, value, options);
    return this.table.atomically(() => {
      const previous = this.table.get(space.namespace, key, write.nowMs);
      if (previous !== undefined && options.keyPolicy === 'FAIL_IF_EXISTS') {
        const { status, code } = this.keyExists;
        throw new KvsServiceError(status, code, `The key "${key}" already exists.`);
      }
      const latest = this.commitWrite(space, write, previous);
      if (options.returnValue === 'LATEST') return latest;
      if (options.returnValue === 'PREVIOUS') return previous;
      return undefined;
    });
  }

  /** Deletes a live item; a missing key is KEY_NOT_FOUND, which the SDK turns into success. */
  delete(target: KvsTarget, key: string): void {
    const space = this.space(target);
    assertValidKey(key, space.kind === 'entity' ? 'entity' : 'kvs');
    const nowMs = this.nowMs();
    this.table.atomically(() => {
      if (this.table.get(space.namespace, key, nowMs) === undefined) throw keyNotFound();
      this.table.remove(space.namespace, key);
    });
  }

  /**
   * `kvs.query()`: plain KVS items only (never secrets or entities), in key order, one optional
   * `BEGINS_WITH` on `key` (storage-reference/kvs-api-query; codes of handling-errors-kvs).
   */
  query(request: {
    limit?: number | undefined;
    after?: string | undefined;
    where?: readonly { property: string; condition: string; values: readonly unknown[] }[] | undefined;
  }): QueryPage {
    const limit = request.limit ?? KVS_LIMITS.queryDefaultLimit;
    if (!Number.isInteger(limit) || limit < 1 || limit > KVS_LIMITS.queryMaxLimit) {
      throw badRequest(
        KvsErrorCode.listQueryLimitExceeded,
        'Limit for list query should be between 1 and 100.',
      );
    }
    const where = request.where ?? [];
    if (where.length > 1) {
      throw badRequest(
        KvsErrorCode.queryWhereInvalid,
        'KVS queries should contain only a single "where" clause.',
      );
    }
    let prefix = '';
    const clause = where[0];
    if (clause !== undefined) {
      if (clause.property !== 'key') {
        throw badRequest(
          KvsErrorCode.queryWhereFieldInvalid,
          'The specified field is not supported for filters.',
        );
      }
      assertCondition(clause, ['BEGINS_WITH']);
      const [value] = clause.values;
      if (typeof value !== 'string') {
        throw badRequest(KvsErrorCode.invalidFilterValues, 'beginsWith on key takes a string.');
      }
      prefix = value;
    }
    const after = request.after === undefined ? null : decodeCursor(request.after).k;
    const rows = this.table.page(KVS_SPACE.namespace, prefix, after, limit + 1, this.nowMs());
    const records = rows.slice(0, limit);
    const last = records.at(-1);
    return {
      records,
      cursor: rows.length > limit && last !== undefined ? encodeCursor({ k: last.key }) : undefined,
    };
  }

  /** `kvs.entity(name).query().index(...)`: see `runEntityQuery`. */
  queryEntity(request: EntityQueryRequest): EntityQueryPage {
    const space = entitySpace(this.entities, request.entityName);
    if (space.kind !== 'entity') throw new Error('unreachable: entitySpace returns an entity space');
    const items = this.table.partitions.itemsIn(
      space.namespace,
      request.indexName,
      request.partition ?? [],
      this.nowMs(),
    );
    return runEntityQuery(space.definition, items, request);
  }

  /** Each item succeeds or fails on its own (storage-reference/batchops). */
  batchSet(
    items: readonly {
      key: string;
      value: unknown;
      entityName?: string | undefined;
      options?: TtlOption | undefined;
    }[],
  ): BatchResult<BatchItemRef> {
    this.assertBatch(items);
    return this.eachItem(items, (item) => {
      this.set(
        targetOf(item.entityName),
        item.key,
        item.value,
        item.options?.ttl ? { ttl: item.options.ttl } : {},
      );
      return ref(item);
    });
  }

  batchGet(
    items: readonly { key: string; entityName?: string | undefined }[],
  ): BatchResult<BatchItemRef & { record: KvsRecord }> {
    this.assertBatch(items);
    return this.eachItem(items, (item) => {
      const record = this.get(targetOf(item.entityName), item.key);
      if (record === undefined)
        throw new KvsServiceError(404, KvsErrorCode.keyNotFound, 'Key does not exist');
      return { ...ref(item), record };
    });
  }

  batchDelete(items: readonly { key: string; entityName?: string | undefined }[]): BatchResult<BatchItemRef> {
    this.assertBatch(items);
    return this.eachItem(items, (item) => {
      try {
        this.delete(targetOf(item.entityName), item.key);
      } catch (error) {
        if (error instanceof KvsServiceError && error.code === KvsErrorCode.keyNotFound) {
          throw new KvsServiceError(404, KvsErrorCode.keyNotFound, 'Key does not exist');
        }
        throw error;
      }
      return ref(item);
    });
  }

  /**
   * `kvs.transact()...execute()`: ≤ 25 operations on distinct keys; every condition and check is evaluated
   * against the current items first and, if one fails, nothing is written (kvs-transactions,
   * entities-transactions). A check needs the item to exist; a conditional set or delete of a missing item
   * is evaluated against an item with no attributes, so only NOT_EXISTS-style conditions hold.
   */
  transact(request: TransactionRequest): void {
    const sets = request.set ?? [];
    const deletes = request.delete ?? [];
    const checks = request.check ?? [];
    const operations = [...sets, ...deletes, ...checks];
    if (operations.length === 0) {
      throw badRequest(KvsErrorCode.invalidTransaction, 'A transaction needs at least one operation.');
    }
    if (operations.length > KVS_LIMITS.maxTransactionOperations) {
      throw badRequest(
        KvsErrorCode.invalidTransaction,
        'Each transaction can contain a maximum of 25 operations.',
      );
    }
    assertUniqueKeys(
      operations,
      KvsErrorCode.invalidTransaction,
      'Each key can only be used once in a transaction.',
    );

    const nowMs = this.nowMs();
    const conditional = [...sets, ...deletes, ...checks.map((check) => ({ ...check, mustExist: true }))].map(
      (operation) => this.prepareCondition(operation),
    );
    const writes = sets.map((item) => {
      const space = this.space(targetOf(item.entityName));
      return { space, write: this.prepareWrite(space, item.key, item.value, item.options ?? {}, nowMs) };
    });
    const removals = deletes.map((item) => {
      const space = this.space(targetOf(item.entityName));
      assertValidKey(item.key, space.kind === 'entity' ? 'entity' : 'kvs');
      return { space, key: item.key };
    });

    this.table.atomically(() => {
      for (const check of conditional) check(nowMs);
      for (const { space, write } of writes) {
        this.commitWrite(space, write, this.table.get(space.namespace, write.key, nowMs));
      }
      for (const { space, key } of removals) this.table.remove(space.namespace, key);
    });
  }

  /** Deletes the expired rows whose lingering has ended; reads no longer return them either way. */
  purgeExpired(): number {
    return this.table.purgeExpired(this.nowMs());
  }

  /** `wal` for a file, `memory` for ':memory:'. */
  journalMode(): string {
    return this.table.journalMode();
  }

  close(): void {
    this.table.close();
  }

  private nowMs(): number {
    return this.now().getTime();
  }

  private space(target: KvsTarget): KvsSpace {
    if (target.area === 'kvs') return KVS_SPACE;
    if (target.area === 'secret') return SECRET_SPACE;
    return entitySpace(this.entities, target.entityName);
  }

  private prepareWrite(
    space: KvsSpace,
    key: string,
    value: unknown,
    options: TtlOption,
    nowMs = this.nowMs(),
  ) {
    assertValidKey(key, space.kind === 'entity' ? 'entity' : 'kvs');
    const valueJson = serialiseValue(
      value,
      space.kind === 'secret' ? KVS_LIMITS.maxSecretBytes : KVS_LIMITS.maxValueBytes,
    );
    if (space.kind === 'entity') assertEntityValue(space.definition, value);
    const expiresAt = options.ttl === undefined ? null : expiryFromTtl(options.ttl, nowMs);
    return { key, value, valueJson, expiresAt, nowMs };
  }

  private commitWrite(
    space: KvsSpace,
    write: ReturnType<SqliteKvsStore['prepareWrite']>,
    previous: KvsRecord | undefined,
  ): KvsRecord {
    this.purgeIfDue(write.nowMs);
    const record: KvsRecord = {
      key: write.key,
      value: write.value,
      createdAt: previous?.createdAt ?? write.nowMs,
      updatedAt: write.nowMs,
      expiresAt: write.expiresAt,
    };
    this.table.put(space.namespace, record, write.valueJson);
    if (space.kind === 'entity') {
      this.table.partitions.put(space.namespace, space.definition, record.key, record.value);
    }
    return record;
  }

  private purgeIfDue(nowMs: number): void {
    if (nowMs - this.lastPurgeMs < PURGE_INTERVAL_MS) return;
    this.lastPurgeMs = nowMs;
    this.table.purgeExpired(nowMs);
  }

  /** Validates a transaction operation's conditions up front and returns the check to run inside. */
  private prepareCondition(operation: {
    key: string;
    entityName?: string | undefined;
    conditions?: FilterGroup | undefined;
    mustExist?: boolean;
  }): (nowMs: number) => void {
    const { key, entityName, conditions } = operation;
    if (conditions === undefined) return () => undefined;
    if (entityName === undefined) {
      throw badRequest(KvsErrorCode.badRequest, 'Transaction conditions need an entityName.');
    }
    const space = this.space(targetOf(entityName));
    const filter = normaliseFilterGroup(conditions);
    return (nowMs) => {
      const current = this.table.get(space.namespace, key, nowMs);
      const attributes = isRecord(current?.value) ? current.value : {};
      const holds =
        (current !== undefined || operation.mustExist !== true) &&
        matchesFilterGroup(attributes, filter.operator, filter.items);
      if (!holds) {
        const { status, code } = this.conditionFailed;
        throw new KvsServiceError(
          status,
          code,
          `Transaction cancelled: the condition on key "${key}" of entity "${entityName}" was not met.`,
        );
      }
    };
  }

  private assertBatch(items: readonly { key: string; entityName?: string | undefined }[]): void {
    if (items.length === 0 || items.length > KVS_LIMITS.maxBatchItems) {
      throw badRequest(KvsErrorCode.invalidBatch, 'Each batch operation must contain between 1 and 25 keys.');
    }
    assertUniqueKeys(items, KvsErrorCode.invalidBatch, 'A batch cannot address the same key twice.');
  }

  private eachItem<I extends { key: string; entityName?: string | undefined }, R extends BatchItemRef>(
    items: readonly I[],
    run: (item: I) => R,
  ): BatchResult<R> {
    const result: BatchResult<R> = { successfulKeys: [], failedKeys: [] };
    for (const item of items) {
      try {
        result.successfulKeys.push(run(item));
      } catch (error) {
        if (!(error instanceof KvsServiceError)) throw error;
        result.failedKeys.push({ ...ref(item), error: error.toBody() });
      }
    }
    return result;
  }
}

function ref(item: { key: string; entityName?: string | undefined }): BatchItemRef {
  return item.entityName === undefined ? { key: item.key } : { key: item.key, entityName: item.entityName };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Keys are unique per store: the same key may appear once for the KVS and once per entity. */
function assertUniqueKeys(
  items: readonly { key: string; entityName?: string | undefined }[],
  code: typeof KvsErrorCode.invalidBatch | typeof KvsErrorCode.invalidTransaction,
  message: string,
): void {
  const seen = new Set<string>();
  for (const item of items) {
    const id = JSON.stringify([item.entityName ?? null, item.key]);
    if (seen.has(id)) throw badRequest(code, `${message} Repeated: "${item.key}".`);
    seen.add(id);
  }
}
