/**
 * Stable error codes a resolver may answer with. The UI maps each to wording and behaviour; the message
 * that travels with it is already safe to show to a person (no internal detail, no secrets).
 */
import type { FieldError } from '../domain/shared/field-error';

export const ERROR_CODES = [
  'VALIDATION_FAILED', // bad input; fieldErrors say which field and why
  'NOT_FOUND', // the issue, approval or policy does not exist or the caller cannot see it
  'FORBIDDEN', // the caller may not do this (e.g. only Jira admins can save the policy)
  'SELF_APPROVAL', // the requester tried to approve their own change request
  'NOT_AN_APPROVER', // the caller is not a pending approver of this change request
  'ALREADY_DECIDED', // the approval or the change request is no longer pending
  'CONFLICT', // someone else changed it first; reload and retry
  'RATE_LIMITED', // Jira asked us to slow down; retryAfterSeconds says when to try again
  'UPSTREAM_UNAVAILABLE', // Jira or GitHub failed; nothing was half-written, try again
  'INTERNAL', // a bug; the invocation id lets an admin find the log line
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The domain's field-level error (dotted `field`, stable `code`, human `message`), shared with the UI. */
export type { FieldError } from '../domain/shared/field-error';

export interface ResolverError {
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldError[];
  retryAfterSeconds?: number;
  invocationId?: string;
}

/** Every resolver answers with this envelope: expected failures are values, so the UI never guesses. */
export type ResolverResult<T> = { ok: true; value: T } | { ok: false; error: ResolverError };
