import { evaluateJiraExpression } from './evaluate-jira-expression';
import { type CompiledExpression } from './jira-expression-ast';
import { typeName } from './jira-values';

/** The context of a custom field's `edit.validation.expression` (jira-custom-field, "Validation"). */
export interface FieldValidationVariables {
  /** The value being set: String, Number, Map (`object` fields) or a List of those; `null` when empty. */
  value: unknown;
  /** The field's ID, for example `customfield_10020`. */
  fieldId: string;
  /** The edited issue; on create there may be none, hence the documented `issue == null || issue.id == null`. */
  issue: unknown;
  project: unknown;
  /** The user that wants to modify the field value. */
  user: unknown;
}

/**
 * Which rule decided, so a caller can explain the refusal:
 * - `false`: the expression returned false, so the manifest's `errorMessage` is shown (documented);
 * - `message`: it returned a String, which "will be shown as the error message" (documented);
 * - `evaluation-error`: it failed to evaluate (*inferred*, see below);
 * - `non-boolean-result`: it returned null, a Number, a List, a Map or a Date (*inferred*, see below).
 */
export type FieldValidationReason = 'false' | 'message' | 'evaluation-error' | 'non-boolean-result';

export type FieldValidationResult =
  { ok: true } | { ok: false; message: string; reason: FieldValidationReason; detail: string | null };

/**
 * Applies the documented return rule of a Forge custom field validation expression: "`true` means that the
 * validation was successful, and the operation is allowed"; "`false` means that the value is invalid. The error
 * message defined in the manifest's `validation.errorMessage` property will be shown"; "`String` means that the
 * value is invalid. The returned string will be shown as the error message"
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-custom-field/, "Validation").
 * Jira runs it "whenever an issue is edited or created, but not when the app updates the value directly";
 * deciding when to call this is the caller's job.
 *
 * *Inferred*: the page does not say what an evaluation error or another result type does. Jira's workflow
 * validators, also Jira expressions, fail "if the Jira expression fails to evaluate because of errors" or
 * "returns anything other than a boolean or string value", showing the configured message
 * (https://developer.atlassian.com/cloud/jira/platform/modules/workflow-validator/). The local host does the
 * same: the edit is refused with `errorMessage`, and `detail` carries the evaluation error or the result type.
 */
export function validateFieldValue(
  compiled: CompiledExpression,
  errorMessage: string,
  variables: FieldValidationVariables,
): FieldValidationResult {
  const outcome = evaluateJiraExpression(compiled, { ...variables });
  if (outcome.kind === 'error') {
    return { ok: false, message: errorMessage, reason: 'evaluation-error', detail: outcome.message };
  }
  const { value } = outcome;
  if (value === true) return { ok: true };
  if (value === false) return { ok: false, message: errorMessage, reason: 'false', detail: null };
  if (typeof value === 'string') return { ok: false, message: value, reason: 'message', detail: null };
  return {
    ok: false,
    message: errorMessage,
    reason: 'non-boolean-result',
    detail: `The validation expression returned ${typeName(value)}, not a Boolean or a String.`,
  };
}
