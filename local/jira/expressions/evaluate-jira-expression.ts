import { callJiraMethod } from './call-jira-method';
import { constructJiraDate } from './construct-jira-date';
import { type CompiledExpression, type ExpressionNode } from './jira-expression-ast';
import { JiraExpressionEvaluationFailure } from './jira-expression-errors';
import { compare, isTruthy, jiraEquals, plus } from './jira-value-operations';
import { isList, JiraMap, type JiraValue, toJiraValue, typeName } from './jira-values';

export type EvaluationOutcome = { kind: 'value'; value: JiraValue } | { kind: 'error'; message: string };

/**
 * Member access. On a Map (a JSON object) `a.b` and `a['b']` read key `b`; *inferred*: a missing key reads as
 * `null` (Jira expressions have no `undefined` literal — the documented syntax-error text lists "null, true,
 * false, NUMBER, STRING, TEMPLATE_LITERAL, new, [ or {" as what may start an operand, OpenAPI
 * `JiraExpressionValidationError.message` example). On null it fails with "Type null does not have any
 * properties" (Appfire JMWE, "Avoid Jira expression errors"). Strings and Lists have `length`; a List index
 * outside the list reads as `null` (*inferred*, as JavaScript's `undefined`).
 */
function readMember(object: JiraValue, key: JiraValue): JiraValue {
  if (object === null) throw new JiraExpressionEvaluationFailure('Type null does not have any properties.');
  if (object instanceof JiraMap) {
    if (typeof key !== 'string') {
      throw new JiraExpressionEvaluationFailure(`A Map key must be a String, got ${typeName(key)}.`);
    }
    return object.entries.get(key) ?? null;
  }
  if ((typeof object === 'string' || isList(object)) && key === 'length') return object.length;
  if (isList(object) && typeof key === 'number') {
    return Number.isInteger(key) && key >= 0 ? (object[key] ?? null) : null;
  }
  const shown = typeof key === 'string' ? key : `[${typeName(key)}]`;
  throw new JiraExpressionEvaluationFailure(`${typeName(object)} does not have a property ${shown}.`);
}

function evaluateNode(node: ExpressionNode, scope: ReadonlyMap<string, JiraValue>): JiraValue {
  try {
    return evaluateKind(node, scope);
  } catch (error: unknown) {
    if (error instanceof JiraExpressionEvaluationFailure && error.span === null) {
      error.span = { start: node.start, end: node.end };
    }
    throw error;
  }
}

function evaluateKind(node: ExpressionNode, scope: ReadonlyMap<string, JiraValue>): JiraValue {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'list':
      return node.items.map((item) => evaluateNode(item, scope));
    case 'variable': {
      const value = scope.get(node.name);
      if (value === undefined) throw new Error(`The context variable '${node.name}' was not supplied.`);
      return value;
    }
    case 'member':
      return readMember(evaluateNode(node.object, scope), node.property);
    case 'index': {
      const object = evaluateNode(node.object, scope);
      return readMember(object, evaluateNode(node.index, scope));
    }
    case 'call': {
      const receiver = evaluateNode(node.object, scope);
      const args = node.args.map((arg) => evaluateNode(arg, scope));
      return callJiraMethod(receiver, node.method, args);
    }
    case 'new-date':
      return constructJiraDate(evaluateNode(node.argument, scope));
    case 'not':
      return !isTruthy(evaluateNode(node.operand, scope));
    case 'logical': {
      // Short-circuit, so `value == null || value.text.trim()…` never reads `text` of null. *Inferred*: the
      // deciding operand is the result, as in JavaScript.
      const left = evaluateNode(node.left, scope);
      if (node.operator === '||' ? isTruthy(left) : !isTruthy(left)) return left;
      return evaluateNode(node.right, scope);
    }
    case 'equality': {
      const equal = jiraEquals(evaluateNode(node.left, scope), evaluateNode(node.right, scope));
      return node.operator === '==' ? equal : !equal;
    }
    case 'relational':
      return compare(node.operator, evaluateNode(node.left, scope), evaluateNode(node.right, scope));
    case 'plus':
      return plus(evaluateNode(node.left, scope), evaluateNode(node.right, scope));
    case 'conditional':
      return evaluateNode(isTruthy(evaluateNode(node.test, scope)) ? node.consequent : node.alternate, scope);
  }
}

/**
 * Evaluates a parsed expression against context variables given in their JSON form. A runtime failure is an
 * expected outcome, `{ kind: 'error' }`, whose message names the failing part the way Jira's errors carry an
 * `expression`; a variable the expression reads but the caller did not supply is a caller bug and throws.
 */
export function evaluateJiraExpression(
  compiled: CompiledExpression,
  variables: Readonly<Record<string, unknown>>,
): EvaluationOutcome {
  const scope = new Map<string, JiraValue>();
  for (const name of compiled.variables) {
    if (!Object.hasOwn(variables, name)) {
      throw new Error(`The Jira expression reads '${name}', which the caller did not supply.`);
    }
    scope.set(name, toJiraValue(variables[name], name));
  }
  try {
    return { kind: 'value', value: evaluateNode(compiled.root, scope) };
  } catch (error: unknown) {
    if (!(error instanceof JiraExpressionEvaluationFailure)) throw error;
    const part =
      error.span === null ? compiled.source : compiled.source.slice(error.span.start, error.span.end);
    return { kind: 'error', message: `Evaluation failed: "${part}" - ${error.message}` };
  }
}
