/**
 * A local evaluator for the subset of Jira expressions that Forge custom field validators and formatters in
 * manifest.yml use (https://developer.atlassian.com/cloud/jira/platform/jira-expressions/). The local host cannot
 * run full Jira expressions: anything outside the subset is refused by `parseJiraExpression` with an
 * "unsupported Jira expression construct" error, so nothing passes silently.
 */
export {
  parseJiraExpression,
  VALIDATION_CONTEXT_VARIABLES,
  MAX_EXPRESSION_LENGTH,
} from './parse-jira-expression';
export type { ParseOptions } from './parse-jira-expression';
export { evaluateJiraExpression, evaluateJiraExpression as evaluate } from './evaluate-jira-expression';
export type { EvaluationOutcome } from './evaluate-jira-expression';
export { validateFieldValue } from './validate-field-value';
export type {
  FieldValidationReason,
  FieldValidationResult,
  FieldValidationVariables,
} from './validate-field-value';
export type { CompiledExpression } from './jira-expression-ast';
export { JiraExpressionParseError } from './jira-expression-errors';
export type { JiraExpressionParseErrorCode } from './jira-expression-errors';
export { JiraDate, JiraMap, toJson } from './jira-values';
export type { JiraValue } from './jira-values';
