import { type ParseResult } from '../shared/field-error';
import { parseWithSchema } from '../shared/zod-issues-to-field-errors';
import { changeRequestDraftSchema, type ChangeRequestDraft } from './change-request-draft-schema';
import { changeRequestSchema, type ChangeRequest } from './change-request-schema';

/** Validates a submitted CR. Never throws: bad input comes back as field errors (DESIGN.md §6). */
export function parseChangeRequest(input: unknown): ParseResult<ChangeRequest> {
  return parseWithSchema(changeRequestSchema, input);
}

/** Validates a CR drafted from a pull request; the human-only fields may be missing. */
export function parseChangeRequestDraft(input: unknown): ParseResult<ChangeRequestDraft> {
  return parseWithSchema(changeRequestDraftSchema, input);
}
