/**
 * Limits of Forge hosted storage as documented (platform-quotas-and-limits#storage-limits,
 * storage-reference/kvs-api-query, entities-api-query, batchops, kvs-transactions; summarised in
 * docs/platform-assumptions.md).
 */
export const KVS_LIMITS = {
  maxKeyLength: 500,
  /** 240 KiB of serialised JSON per value. */
  maxValueBytes: 240 * 1024,
  /** Secrets are encrypted and smaller: 128 KiB. */
  maxSecretBytes: 128 * 1024,
  /** Maximum object depth; a top-level object or array has depth 1. */
  maxDepth: 31,
  maxBatchItems: 25,
  maxTransactionOperations: 25,
  /** 4 MB payload for a batch set or a transaction. */
  maxPayloadBytes: 4 * 1024 * 1024,
  queryDefaultLimit: 10,
  queryMaxLimit: 100,
  /** TTL may not exceed one year. */
  maxTtlMs: 365 * 24 * 60 * 60 * 1000,
  /** An expired row may still be read back for up to 48 hours (forge-platform.md §3.2). */
  expiredRowsLingerMs: 48 * 60 * 60 * 1000,
  entityNameMin: 3,
  entityNameMax: 60,
} as const;

/**
 * The documented key pattern, kept verbatim: inside the class `\s-#` is whitespace, `-` and `#`
 * (a class escape cannot start a range).
 */
export const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/;

/**
 * Entity (type) names: the INVALID_ENTITY_TYPE regex of entities-errorhandling, plus `_`, which
 * entities-manifest allows anywhere but at the start.
 */
export const ENTITY_NAME_PATTERN = /^(?![._-])(?!.*\.{2})[a-z0-9:._-]*(?<!\.)$/;
