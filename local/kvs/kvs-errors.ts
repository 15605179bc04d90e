/**
 * The error family of the local KVS. The real service answers every non-2xx with `{ code, message }` and the
 * SDK turns that into `ForgeKvsAPIError` (node_modules/@forge/kvs/out/utils/error-handling.js), so the store
 * throws `KvsServiceError` and the fetch route serialises it unchanged.
 *
 * Codes marked [docs] come from developer.atlassian.com/platform/forge/storage-reference/handling-errors-kvs
 * and .../entities-errorhandling; [sdk] from the SDK's own tests; [inferred] are not documented anywhere we
 * could read and are kept here, in one place, so that they can be corrected when a real answer is seen.
 */
export const KvsErrorCode = {
  /** [sdk] 400 for a body that does not parse or has the wrong shape (e.g. an unknown metadata field). */
  badRequest: 'BAD_REQUEST',
  /** [sdk] 404 on get/delete of a missing key; the SDK maps it to `undefined`. */
  keyNotFound: 'KEY_NOT_FOUND',
  /** [docs] KVS: empty key. */
  keyTooShort: 'KEY_TOO_SHORT',
  /** [docs] Custom Entity Store: empty key. */
  emptyKey: 'EMPTY_KEY',
  keyTooLong: 'KEY_TOO_LONG',
  invalidKey: 'INVALID_KEY',
  maxSize: 'MAX_SIZE',
  maxDepth: 'MAX_DEPTH',
  entityTypeTooShort: 'ENTITY_TYPE_TOO_SHORT',
  entityTypeTooLarge: 'ENTITY_TYPE_TOO_LARGE',
  invalidEntityType: 'INVALID_ENTITY_TYPE',
  invalidEntityValue: 'INVALID_ENTITY_VALUE',
  invalidEntityAttribute: 'INVALID_ENTITY_ATTRIBUTE',
  invalidEntityIndex: 'INVALID_ENTITY_INDEX',
  complexQueryPageLimitNotInRange: 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
  emptyFilterOperator: 'EMPTY_FILTER_OPERATOR',
  invalidFilterOperatorsCombination: 'INVALID_FILTER_OPERATORS_COMBINATION',
  insufficientFilterValues: 'INSUFFICIENT_FILTER_VALUES',
  invalidFilterCondition: 'INVALID_FILTER_CONDITION',
  invalidFilterValues: 'INVALID_FILTER_VALUES',
  listQueryLimitExceeded: 'LIST_QUERY_LIMIT_EXCEEDED',
  queryWhereInvalid: 'QUERY_WHERE_INVALID',
  queryWhereFieldInvalid: 'QUERY_WHERE_FIELD_INVALID',
  /** [inferred] `keyPolicy: FAIL_IF_EXISTS` on a live key. */
  keyAlreadyExists: 'KEY_ALREADY_EXISTS',
  /** [inferred] a transaction condition or check did not hold; nothing was written. */
  conditionFailed: 'CONDITION_FAILED',
  /** [inferred] more than 25 operations, repeated keys or an empty transaction. */
  invalidTransaction: 'INVALID_TRANSACTION',
  /** [inferred] more than 25 items, repeated keys or an empty batch. */
  invalidBatch: 'INVALID_BATCH',
  /** [inferred] TTL not a positive integer or longer than one year. */
  invalidTtl: 'INVALID_TTL',
} as const;

export type KvsErrorCodeValue = (typeof KvsErrorCode)[keyof typeof KvsErrorCode];

/**
 * What a refused conditional write answers. Neither storage-reference/kvs-api ("Change write conflict
 * strategy": "if the key already exists, don't overwrite it") nor transactions-entities ("if any condition is
 * not met, the entire transaction will fail") nor the two error-handling pages name a status or a code, so the
 * host lets tests choose one (SqliteKvsStoreOptions.conditionalWriteFailure) and the app must not depend on it.
 */
export interface ConditionalWriteFailure {
  status: number;
  code: string;
}

/** [inferred] Today's answers: 409 with KEY_ALREADY_EXISTS or CONDITION_FAILED. */
export const DEFAULT_CONDITIONAL_FAILURES = {
  keyExists: { status: 409, code: KvsErrorCode.keyAlreadyExists },
  conditionFailed: { status: 409, code: KvsErrorCode.conditionFailed },
} as const satisfies Record<string, ConditionalWriteFailure>;

export class KvsServiceError extends Error {
  override readonly name = 'KvsServiceError';

  constructor(
    readonly status: number,
    // A KvsErrorCode, or the code a host option chose for a refused conditional write.
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  toBody(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function badRequest(code: KvsErrorCodeValue, message: string): KvsServiceError {
  return new KvsServiceError(400, code, message);
}

export function keyNotFound(): KvsServiceError {
  // Message as the SDK's own tests show it.
  return new KvsServiceError(404, KvsErrorCode.keyNotFound, 'Provided key does not exist');
}
