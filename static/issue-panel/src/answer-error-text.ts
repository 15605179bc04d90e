/**
 * What an approver reads when answerApproval is refused. The resolver's message is already safe to show
 * (src/shared/error-codes.ts); the title says what happened in the approver's terms, and RATE_LIMITED adds
 * when to try again because Jira sends Retry-After with every 429 (docs/architecture.md).
 */
import type { ResolverError } from '@async-cab/shared/client';

const titles: Partial<Record<ResolverError['code'], string>> = {
  SELF_APPROVAL: 'You cannot approve your own change',
  NOT_AN_APPROVER: 'You are not an approver of this change',
  ALREADY_DECIDED: 'This approval is already decided',
  CONFLICT: 'Someone else changed this change request',
  RATE_LIMITED: 'Jira is busy',
  VALIDATION_FAILED: 'Check your answer',
  UPSTREAM_UNAVAILABLE: 'Jira did not answer',
  FORBIDDEN: 'You cannot answer this approval',
  NOT_FOUND: 'This approval no longer exists',
};

export function answerErrorTitle(error: ResolverError): string {
  return titles[error.code] ?? 'Your answer was not saved';
}

/** The message, the field errors and, when Jira throttled us, how long to wait. */
export function answerErrorLines(error: ResolverError): string[] {
  const lines = [error.message];
  for (const fieldError of error.fieldErrors ?? []) lines.push(fieldError.message);
  if (error.code === 'RATE_LIMITED' && error.retryAfterSeconds !== undefined) {
    lines.push(`Try again in ${waitText(error.retryAfterSeconds)}.`);
  }
  if (error.invocationId !== undefined) lines.push(`Reference for your admin: ${error.invocationId}`);
  return lines;
}

function waitText(seconds: number): string {
  if (seconds < 60) return `${String(Math.max(1, Math.ceil(seconds)))} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${String(minutes)} minutes`;
}
