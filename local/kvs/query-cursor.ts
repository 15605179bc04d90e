import { z } from 'zod';

import { badRequest, KvsErrorCode } from './kvs-errors';

/**
 * Cursors are opaque strings (storage-reference/kvs#cursors: "do not persist cursors"). Here they carry the
 * last position a page reached, base64url-encoded JSON, so a page boundary survives writes in between.
 */
const positionSchema = z.object({
  k: z.string(),
  r: z.union([z.string(), z.number(), z.boolean()]).optional(),
});
export type CursorPosition = z.infer<typeof positionSchema>;

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return positionSchema.parse(parsed);
  } catch {
    throw badRequest(KvsErrorCode.badRequest, 'Provided request body is invalid: the cursor is not valid');
  }
}
