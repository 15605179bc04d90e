import { type ParseResult } from '../shared/field-error';
import { parseWithSchema } from '../shared/zod-issues-to-field-errors';
import { changeRequestSchema, type ChangeRequest } from './change-request-schema';

/** Validates a submitted CR. Never throws: bad input comes back as field errors (docs/architecture.md). */
export function parseChangeRequest(input: unknown): ParseResult<ChangeRequest> {
  return parseWithSchema(changeRequestSchema, input);
}
