import { ForgeKvsAPIError } from '@forge/kvs';

/** A write refused because its key exists (FAIL_IF_EXISTS) or its transaction condition failed: HTTP 409. */
export function isConflict(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && error.responseDetails.status === 409;
}
