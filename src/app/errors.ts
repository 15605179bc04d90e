/**
 * One error family: a stable code from the resolver contract, a message that is safe
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

export type UpstreamService = 'Jira' | 'GitHub' | 'the team chat';

/**
 * Jira, GitHub or the chat webhook failed after retries. The message people see is fixed per service and
 * status class; what the service said (method, path, response body) is `detail`, for the logs only, so no
 * upstream internals or data reach a person.
 */
export class UpstreamError extends AppError {
  constructor(
    readonly detail: string,
    readonly status: number,
    options: { cause?: unknown; retryAfterSeconds?: number; service?: UpstreamService } = {},
  ) {
    const service = options.service ?? 'Jira';
    super(status === 429 ? 'RATE_LIMITED' : 'UPSTREAM_UNAVAILABLE', publicMessage(service, status), options);
    this.name = 'UpstreamError';
  }
}

function publicMessage(service: UpstreamService, status: number): string {
  if (status === 429) return `${service} asked Async CAB to slow down. Try again in a moment.`;
  if (status >= 500 || status === 0) return `${service} is not answering right now. Try again in a moment.`;
  return `${service} refused what Async CAB asked of it (HTTP ${String(status)}). An admin can find the details in the app's logs.`;
}

export const validationFailed = (message: string, fieldErrors: readonly FieldError[]) =>
  new AppError('VALIDATION_FAILED', message, { fieldErrors });
