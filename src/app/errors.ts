/**
 * One error family (CONVENTIONS habit 6): a stable code from the resolver contract, a message that is safe
 * to show a person, and the internal cause kept apart. Expected outcomes are values; these are thrown.
 */
import type { ErrorCode, FieldError } from '../shared/error-codes';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { cause?: unknown; fieldErrors?: readonly FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.fieldErrors = options.fieldErrors ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  readonly fieldErrors: readonly FieldError[];
  readonly retryAfterSeconds: number | undefined;
}

/** Jira or GitHub failed after retries; nothing was half-written by the caller. */
export class UpstreamError extends AppError {
  constructor(
    message: string,
    readonly status: number,
    options: { cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(status === 429 ? 'RATE_LIMITED' : 'UPSTREAM_UNAVAILABLE', message, options);
    this.name = 'UpstreamError';
  }
}

export const validationFailed = (message: string, fieldErrors: readonly FieldError[]) =>
  new AppError('VALIDATION_FAILED', message, { fieldErrors });
