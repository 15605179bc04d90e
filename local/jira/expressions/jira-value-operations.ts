import { type RelationalOperator } from './jira-expression-ast';
import { JiraExpressionEvaluationFailure } from './jira-expression-errors';
import { isList, JiraDate, JiraMap, type JiraValue, typeName } from './jira-values';

/**
 * Truthiness for `!`, `&&`, `||` and the `?:` test. *Inferred*: JavaScript's rules (null, false, 0, NaN and ''
 * are false; everything else, including every List, Map and Date, is true). Jira expressions use
 * "JavaScript-like syntax" (jira-expressions/, "Syntax and semantics"), and `!issue.assignee` / `!!issue.assignee`
 * on a User-or-null is a documented idiom of a Jira expression tool vendor (Appfire JMWE, "Avoid Jira expression
 * errors", https://appfire.atlassian.net/wiki/spaces/JMWEC/pages/465241858/Avoid+Jira+expression+errors).
 */
export function isTruthy(value: JiraValue): boolean {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (typeof value === 'string') return value !== '';
  return true;
}

/**
 * `==`: no type coercion, so `1 == '1'` is false and `null == ''` is false (*inferred*: Jira type-checks
 * operands, e.g. "Can't compare Number to String." in the documented `expression/analyse` example, so a
 * JavaScript-style coercing `==` is not assumed). Lists compare item by item, in order, like
 * `[1, 2, 3] == [1, 2, 3]` in a vendor's Jira expressions reference (Decadis JWT, "Operators (Jira
 * expressions)", https://apps.decadis.net/pages/viewpage.action?pageId=38572040); Maps compare key by key and
 * Dates by instant (*inferred* by analogy).
 */
export function jiraEquals(left: JiraValue, right: JiraValue): boolean {
  if (left === null || right === null) return left === right;
  if (typeof left !== 'object' || typeof right !== 'object') return left === right;
  if (left instanceof JiraDate) return right instanceof JiraDate && left.epochMillis === right.epochMillis;
  if (left instanceof JiraMap) {
    if (!(right instanceof JiraMap) || left.entries.size !== right.entries.size) return false;
    return [...left.entries].every(
      ([key, item]) => right.entries.has(key) && jiraEquals(item, right.entries.get(key) ?? null),
    );
  }
  if (!isList(right) || left.length !== right.length) return false;
  return left.every((item, i) => jiraEquals(item, right[i] ?? null));
}

/**
 * `<` `>` `<=` `>=` on two Numbers, two Strings (UTF-16 order, as JavaScript; the vendor reference above lists
 * `"abc" < "bbc"`) or two Dates. Any other pair fails with the wording of Jira's documented type error,
 * "Can't compare Number to String." (OpenAPI `JiraExpressionsAnalysis` example); failing at run time rather than
 * returning false is *inferred*.
 */
export function compare(operator: RelationalOperator, left: JiraValue, right: JiraValue): boolean {
  let ordering: -1 | 0 | 1 | 'unordered';
  if (typeof left === 'number' && typeof right === 'number') ordering = order(left, right);
  else if (typeof left === 'string' && typeof right === 'string') ordering = order(left, right);
  else if (left instanceof JiraDate && right instanceof JiraDate)
    ordering = order(left.epochMillis, right.epochMillis);
  else throw new JiraExpressionEvaluationFailure(`Can't compare ${typeName(left)} to ${typeName(right)}.`);
  // NaN is unordered: every comparison with it is false, as in JavaScript.
  if (ordering === 'unordered') return false;
  switch (operator) {
    case '<':
      return ordering < 0;
    case '>':
      return ordering > 0;
    case '<=':
      return ordering <= 0;
    case '>=':
      return ordering >= 0;
  }
}

function order(a: number, b: number): -1 | 0 | 1 | 'unordered';
function order(a: string, b: string): -1 | 0 | 1;
function order(a: number | string, b: number | string): -1 | 0 | 1 | 'unordered' {
  if (a < b) return -1;
  if (a > b) return 1;
  return a === b ? 0 : 'unordered';
}

function concatenable(value: JiraValue): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * `+`: Number + Number adds; String + String/Number/Boolean (either side) concatenates, as in the documented
 * example `c.body.plainText.slice(0, 200) + '...'` (jira-expressions/, "Introduction"). *Inferred and
 * deliberately strict*: adding null, a List, a Map or a Date fails instead of printing "null" the JavaScript way,
 * so a formatter that forgets a null check shows up locally.
 */
export function plus(left: JiraValue, right: JiraValue): JiraValue {
  if (typeof left === 'number' && typeof right === 'number') return left + right;
  if (concatenable(left) && concatenable(right) && (typeof left === 'string' || typeof right === 'string')) {
    return `${String(left)}${String(right)}`;
  }
  throw new JiraExpressionEvaluationFailure(`Can't add ${typeName(left)} and ${typeName(right)}.`);
}
