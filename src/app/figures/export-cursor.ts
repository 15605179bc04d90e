/**
 * The audit export's cursor: the ledger page to read next, tied to the period and zone it was given for, so
 * a cursor from another export is refused instead of silently mixing two exports.
 */
import { z } from 'zod';
import { validationFailed } from '../errors';

export interface ExportPosition {
  from: string;
  to: string;
  timeZone: string;
  /** The ledger scan's cursor. */
  after: string;
}

const PositionSchema = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  after: z.string(),
});
const PREFIX = 'v1.';

export function encodeExportCursor(position: ExportPosition): string {
  return PREFIX + Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** The ledger cursor to go on from; a field error when the cursor is not this export's. */
export function ledgerCursorOf(cursor: string, expected: Omit<ExportPosition, 'after'>): string {
  const refused = () =>
    validationFailed('This export cursor is not one the app gave out for this export.', [
      {
        field: 'cursor',
        code: 'invalid-cursor',
        message: 'Start the export again: this cursor belongs to another export, or was changed.',
      },
    ]);
  if (!cursor.startsWith(PREFIX)) throw refused();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw refused();
  }
  const position = PositionSchema.safeParse(parsed);
  if (
    !position.success ||
    position.data.from !== expected.from ||
    position.data.to !== expected.to ||
    position.data.timeZone !== expected.timeZone
  ) {
    throw refused();
  }
  return position.data.after;
}
