/**
 * The syntax tree of the local Jira expression subset. Every node keeps its source span so an evaluation error
 * can name the part that failed, as Jira's own errors do (`JiraExpressionValidationError.expression`, OpenAPI).
 */
export interface Span {
  start: number;
  end: number;
}

/** Methods the subset evaluates; a call of any other method is refused at parse time. */
export const SUPPORTED_METHODS = [
  'trim',
  'startsWith',
  'endsWith',
  'includes',
  'toLowerCase',
  'toUpperCase',
  'getTime',
] as const;
export type SupportedMethod = (typeof SUPPORTED_METHODS)[number];

export type EqualityOperator = '==' | '!=';
export type RelationalOperator = '<' | '>' | '<=' | '>=';

export type ExpressionNode = Span &
  (
    | { kind: 'literal'; value: null | boolean | number | string }
    | { kind: 'list'; items: readonly ExpressionNode[] }
    | { kind: 'variable'; name: string }
    | { kind: 'member'; object: ExpressionNode; property: string }
    | { kind: 'index'; object: ExpressionNode; index: ExpressionNode }
    | { kind: 'call'; object: ExpressionNode; method: SupportedMethod; args: readonly ExpressionNode[] }
    | { kind: 'new-date'; argument: ExpressionNode }
    | { kind: 'not'; operand: ExpressionNode }
    | { kind: 'logical'; operator: '&&' | '||'; left: ExpressionNode; right: ExpressionNode }
    | { kind: 'equality'; operator: EqualityOperator; left: ExpressionNode; right: ExpressionNode }
    | { kind: 'relational'; operator: RelationalOperator; left: ExpressionNode; right: ExpressionNode }
    | { kind: 'plus'; left: ExpressionNode; right: ExpressionNode }
    | { kind: 'conditional'; test: ExpressionNode; consequent: ExpressionNode; alternate: ExpressionNode }
  );

/** A parsed expression, ready for `evaluateJiraExpression`. */
export interface CompiledExpression {
  readonly source: string;
  readonly root: ExpressionNode;
  /** The context variables the expression reads, for callers that check they can supply them. */
  readonly variables: ReadonlySet<string>;
}
