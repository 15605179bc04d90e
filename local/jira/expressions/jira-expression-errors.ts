/**
 * One error family for the local Jira expression evaluator. A parse error is a failure (the manifest holds an
 * expression the local host cannot honour), so it is thrown; an evaluation error is an expected outcome and is
 * returned as a value by `evaluateJiraExpression`.
 *
 * `line` and `column` are 1-based, like the `line`/`column` of Jira's `JiraExpressionValidationError`
 * (OpenAPI `components.schemas.JiraExpressionValidationError`, docs/shared reference
 * jira-platform-openapi.v3.json); `position` is the 0-based offset into the source.
 */
export type JiraExpressionParseErrorCode =
  /** Valid (or possibly valid) Jira expression syntax that this local subset does not evaluate. */
  | 'unsupported'
  /** Not an expression at all: an unclosed string, a missing `)`, a stray token. */
  | 'syntax'
  /** Longer than Jira's documented 1,000-character limit. */
  | 'limit';

export interface SourcePosition {
  position: number;
  line: number;
  column: number;
}

export class JiraExpressionParseError extends Error {
  readonly code: JiraExpressionParseErrorCode;
  readonly position: number;
  readonly line: number;
  readonly column: number;

  constructor(code: JiraExpressionParseErrorCode, detail: string, at: SourcePosition) {
    const prefix = code === 'unsupported' ? 'unsupported Jira expression construct: ' : '';
    super(`${prefix}${detail} (at line ${at.line}, column ${at.column})`);
    this.name = 'JiraExpressionParseError';
    this.code = code;
    this.position = at.position;
    this.line = at.line;
    this.column = at.column;
  }
}

/** Where a 0-based offset falls in the source, as 1-based line and column. */
export function sourcePosition(source: string, position: number): SourcePosition {
  const before = source.slice(0, position);
  const lines = before.split('\n');
  const last = lines[lines.length - 1] ?? '';
  return { position, line: lines.length, column: last.length + 1 };
}

/**
 * Thrown inside the evaluator for a runtime failure (a property read on null, a method on the wrong type) and
 * caught by `evaluateJiraExpression`, which turns it into `{ kind: 'error' }`. Never escapes this folder.
 */
export class JiraExpressionEvaluationFailure extends Error {
  /** The innermost part of the expression that failed; set by the evaluator as the failure passes. */
  span: { start: number; end: number } | null = null;

  constructor(message: string) {
    super(message);
    this.name = 'JiraExpressionEvaluationFailure';
  }
}
