import { type SupportedMethod } from './jira-expression-ast';
import { JiraExpressionEvaluationFailure } from './jira-expression-errors';
import { jiraEquals } from './jira-value-operations';
import { isList, JiraDate, type JiraValue, typeName } from './jira-values';

/**
 * The methods of the subset. Strings "are based on the JavaScript String object" with `length`, `trim()`,
 * `toLowerCase()`, `toUpperCase()` and more (Jira expressions type reference, "String", as mirrored in Decadis'
 * "Data types (Jira expressions)", https://apps.decadis.net/pages/viewpage.action?pageId=38569680); `includes`
 * on a List is the documented `['Bug', 'Task'].includes(issue.issueType.name)` idiom; Date `getTime()` comes
 * from `interface JiraDate extends Date` (https://developer.atlassian.com/cloud/jira/platform/jira-expressions-types).
 *
 * *Inferred*: a method on null, a method the receiver's type does not have, or an argument of the wrong type or
 * number is an evaluation error (Jira reports "Type null does not have any properties" for a property read on
 * null, per the Appfire JMWE page cited in jira-value-operations.ts). JavaScript's optional position arguments
 * (`startsWith(s, 3)`) are not part of the subset and fail the same way.
 */
export function callJiraMethod(
  receiver: JiraValue,
  method: SupportedMethod,
  args: readonly JiraValue[],
): JiraValue {
  if (receiver === null) throw new JiraExpressionEvaluationFailure('Type null does not have any properties.');
  const noSuchMethod = (): never => {
    throw new JiraExpressionEvaluationFailure(`${typeName(receiver)} does not have a method ${method}().`);
  };
  const arity = (count: number): void => {
    if (args.length !== count) {
      throw new JiraExpressionEvaluationFailure(
        `${typeName(receiver)}.${method}() takes ${count} argument${count === 1 ? '' : 's'}, got ${args.length}.`,
      );
    }
  };
  const stringArgument = (): string => {
    arity(1);
    const [argument] = args;
    if (typeof argument !== 'string') {
      throw new JiraExpressionEvaluationFailure(
        `String.${method}() expects a String, got ${typeName(argument ?? null)}.`,
      );
    }
    return argument;
  };

  if (typeof receiver === 'string') {
    switch (method) {
      case 'trim':
        arity(0);
        return receiver.trim();
      case 'toLowerCase':
        arity(0);
        return receiver.toLowerCase();
      case 'toUpperCase':
        arity(0);
        return receiver.toUpperCase();
      case 'startsWith':
        return receiver.startsWith(stringArgument());
      case 'endsWith':
        return receiver.endsWith(stringArgument());
      case 'includes':
        return receiver.includes(stringArgument());
      case 'getTime':
        return noSuchMethod();
    }
  }
  if (isList(receiver) && method === 'includes') {
    arity(1);
    const [needle] = args;
    return receiver.some((item) => jiraEquals(item, needle ?? null));
  }
  if (receiver instanceof JiraDate && method === 'getTime') {
    arity(0);
    return receiver.epochMillis;
  }
  return noSuchMethod();
}
