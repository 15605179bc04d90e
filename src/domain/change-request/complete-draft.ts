import { z } from 'zod';
import { type ParseResult } from '../shared/field-error';
import { parseWithSchema } from '../shared/zod-issues-to-field-errors';
import {
  HUMAN_ONLY_FIELDS,
  type ChangeRequestDraft,
  type HumanOnlyField,
} from './change-request-draft-schema';
import { type ChangeRequest } from './change-request-schema';
import { parseChangeRequest } from './parse-change-request';

/**
 * What the developer may answer when completing a draft: the human-only fields, plus corrections to
 * the drafted text and systems. `requester` and `linkedPullRequest` come from GitHub and stay as drafted,
 * so a completion cannot re-attribute the change or point it at another pull request.
 */
const draftAnswersSchema = z.strictObject(
  {
    summary: z.unknown().optional(),
    description: z.unknown().optional(),
    affectedSystems: z.unknown().optional(),
    changeType: z.unknown().optional(),
    risk: z.unknown().optional(),
    plannedWindow: z.unknown().optional(),
    testing: z.unknown().optional(),
    consequenceOfNotReleasing: z.unknown().optional(),
    rollbackPlan: z.unknown().optional(),
  },
  { error: 'The answers must be an object of field values.' },
);

/** Merges the developer's answers into the draft and validates the result for submission. */
export function completeDraft(draft: ChangeRequestDraft, answers: unknown): ParseResult<ChangeRequest> {
  const parsedAnswers = parseWithSchema(draftAnswersSchema, answers);
  if (!parsedAnswers.ok) return parsedAnswers;
  const merged: Record<string, unknown> = { ...draft };
  for (const [field, value] of Object.entries(parsedAnswers.value)) {
    if (value !== undefined) merged[field] = value;
  }
  return validateForSubmission(merged);
}

/** The gate before routing: the same rules as a portal submission, whatever the CR's origin. */
export function validateForSubmission(input: unknown): ParseResult<ChangeRequest> {
  return parseChangeRequest(input);
}

/** The human-only questions a draft still leaves open, in form order; for the "complete your CR" panel. */
export function missingAnswers(draft: ChangeRequestDraft): HumanOnlyField[] {
  return HUMAN_ONLY_FIELDS.filter((field) => draft[field] === undefined);
}
