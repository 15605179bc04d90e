/** Forge hosted storage (KVS, secrets, Custom Entity Store) for the local host, on SQLite. */
export { SqliteKvsStore, type SqliteKvsStoreOptions, type KvsTarget } from './sqlite-kvs-store';
export { handleKvsRequest, toFetchResponse, type KvsRequestInit } from './kvs-fetch-route';
export {
  parseEntityDefinitions,
  BY_KEY_INDEX,
  type EntityDefinition,
  type EntityIndexDefinition,
  type EntityAttributeType,
} from './entity-definitions';
export { KvsErrorCode, KvsServiceError, type ConditionalWriteFailure } from './kvs-errors';
export { KVS_LIMITS } from './kvs-limits';
