/**
 * Keeps the "answers submitted" confirmation across the page reload that follows a status change
 * (ui-kit/page-in-step.ts), in the frame's session storage. Where storage is unavailable the confirmation
 * is simply not shown again: the request's new state on the page says the same.
 */
import type { SubmitAnswersView } from '@async-cab/shared/client';

const keyOf = (issueKey: string) => `async-cab:submitted:${issueKey}`;
const OUTCOMES: readonly string[] = ['routed', 'needs-attention', 'already-routed', 'busy'];

export function keepSubmitted(issueKey: string, result: SubmitAnswersView): void {
  try {
    window.sessionStorage.setItem(keyOf(issueKey), JSON.stringify(result));
  } catch {
    // Storage is optional here.
  }
}

export function takeSubmitted(issueKey: string): SubmitAnswersView | null {
  try {
    const stored = window.sessionStorage.getItem(keyOf(issueKey));
    window.sessionStorage.removeItem(keyOf(issueKey));
    if (stored === null) return null;
    const parsed: unknown = JSON.parse(stored);
    return isSubmitted(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function isSubmitted(value: unknown): value is SubmitAnswersView {
  return (
    typeof value === 'object' &&
    value !== null &&
    'outcome' in value &&
    typeof value.outcome === 'string' &&
    OUTCOMES.includes(value.outcome) &&
    'message' in value &&
    typeof value.message === 'string'
  );
}
