import { type ParseResult } from '../shared/field-error';
import { parseWithSchema } from '../shared/zod-issues-to-field-errors';
import { policySchema, type Policy } from './policy-schema';

/** Validates a policy document: structure, then references and uniqueness. Never throws. */
export function parsePolicy(input: unknown): ParseResult<Policy> {
  return parseWithSchema(policySchema, input);
}
