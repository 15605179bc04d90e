import { badRequest, KvsErrorCode } from './kvs-errors';
import { KEY_PATTERN, KVS_LIMITS } from './kvs-limits';

export type KeyKind = 'kvs' | 'entity';

/**
 * Key rules of the real service. An empty key is KEY_TOO_SHORT in the KVS and EMPTY_KEY in the Custom
 * Entity Store (the two error tables differ; both are followed).
 */
export function assertValidKey(key: string, kind: KeyKind): void {
  if (key.length === 0) {
    throw kind === 'kvs'
      ? badRequest(KvsErrorCode.keyTooShort, 'The provided key needs to be more than one character.')
      : badRequest(KvsErrorCode.emptyKey, 'Key cannot be empty.');
  }
  if (key.length > KVS_LIMITS.maxKeyLength) {
    throw badRequest(
      KvsErrorCode.keyTooLong,
      `The provided key has exceeded the maximum ${KVS_LIMITS.maxKeyLength} characters.`,
    );
  }
  if (!KEY_PATTERN.test(key)) {
    throw badRequest(
      KvsErrorCode.invalidKey,
      `The provided key does not match the regex: ${String(KEY_PATTERN)}`,
    );
  }
}

/** Depth of a JSON value: primitives 0, an object or array one more than its deepest child. */
export function jsonDepth(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  let deepest = 0;
  for (const child of children) deepest = Math.max(deepest, jsonDepth(child));
  return deepest + 1;
}

/**
 * Serialises a value the way it is stored and enforces the size and depth limits.
 * Returns the JSON text to persist.
 */
export function serialiseValue(value: unknown, maxBytes: number): string {
  if (value === undefined || value === null) {
    // The documented value types are array, boolean, number, object and string.
    throw badRequest(KvsErrorCode.badRequest, 'Provided request body is invalid: value is required');
  }
  const depth = jsonDepth(value);
  if (depth > KVS_LIMITS.maxDepth) {
    throw badRequest(
      KvsErrorCode.maxDepth,
      `The provided value has exceeded the maximum object depth (${KVS_LIMITS.maxDepth}) limit.`,
    );
  }
  const text = JSON.stringify(value);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw badRequest(
      KvsErrorCode.maxSize,
      `The provided value has exceeded the maximum size limit (${bytes} bytes > ${maxBytes} bytes).`,
    );
  }
  return text;
}

const TTL_UNIT_MS = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 } as const;

export type TtlUnit = keyof typeof TTL_UNIT_MS;

/** Relative TTL to an absolute expiry in epoch milliseconds (kvs-api#ttl: at most one year). */
export function expiryFromTtl(ttl: { value: number; unit: TtlUnit }, nowMs: number): number {
  const ms = ttl.value * TTL_UNIT_MS[ttl.unit];
  if (!Number.isInteger(ttl.value) || ttl.value <= 0) {
    throw badRequest(KvsErrorCode.invalidTtl, 'TTL value must be a positive integer.');
  }
  if (ms > KVS_LIMITS.maxTtlMs) {
    throw badRequest(KvsErrorCode.invalidTtl, 'The maximum supported TTL is 1 year.');
  }
  return nowMs + ms;
}
