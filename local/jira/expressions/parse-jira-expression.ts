import {
  type CompiledExpression,
  type ExpressionNode,
  type RelationalOperator,
  SUPPORTED_METHODS,
  type SupportedMethod,
} from './jira-expression-ast';
import {
  JiraExpressionParseError,
  type JiraExpressionParseErrorCode,
  sourcePosition,
} from './jira-expression-errors';
import { type Punctuator, type Token, tokenizeJiraExpression } from './tokenize-jira-expression';

/**
 * Context variables of a Forge custom field's `edit.validation.expression`: `user`, `issue`, `project`,
 * `fieldId` and `value` (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-custom-field/,
 * "Validation").
 */
export const VALIDATION_CONTEXT_VARIABLES = ['value', 'fieldId', 'issue', 'project', 'user'] as const;

/**
 * "Jira expression is too long (1040), limit: 1000 characters" — the documented example answer of
 * `POST /rest/api/3/expression/analyse` (OpenAPI, `JiraExpressionsAnalysis` example).
 */
export const MAX_EXPRESSION_LENGTH = 1000;

export interface ParseOptions {
  /** The context variables the expression may read; defaults to the validation context. */
  variables?: readonly string[];
}

type ReadToken = Exclude<Token, { kind: 'refused' }>;

const RELATIONAL: readonly RelationalOperator[] = ['<', '>', '<=', '>='];

function isSupportedMethod(name: string): name is SupportedMethod {
  return (SUPPORTED_METHODS as readonly string[]).includes(name);
}

/**
 * Parses the subset with JavaScript precedence, lowest first: `?:` (right-associative), `||`, `&&`, `==` `!=`,
 * `<` `>` `<=` `>=`, `+`, `!`, then member access, method calls and `new Date(…)`. Anything outside the subset
 * throws a `JiraExpressionParseError` with code `unsupported` and the position of the construct.
 */
export function parseJiraExpression(source: string, options: ParseOptions = {}): CompiledExpression {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    throw new JiraExpressionParseError(
      'limit',
      `Jira expression is too long (${source.length}), limit: ${MAX_EXPRESSION_LENGTH} characters`,
      sourcePosition(source, MAX_EXPRESSION_LENGTH),
    );
  }
  const tokens = tokenizeJiraExpression(source);
  const allowed: readonly string[] = options.variables ?? VALIDATION_CONTEXT_VARIABLES;
  const used = new Set<string>();
  let index = 0;

  function fail(code: JiraExpressionParseErrorCode, detail: string, at: number): never {
    throw new JiraExpressionParseError(code, detail, sourcePosition(source, at));
  }
  /** The next token; reaching the point where the tokenizer stopped throws its refusal. */
  const peek = (): ReadToken | undefined => {
    const token = tokens[index];
    if (token?.kind === 'refused') throw token.error;
    return token;
  };
  const isPunctuator = (text: Punctuator, token: ReadToken | undefined = peek()): boolean =>
    token?.kind === 'punctuator' && token.text === text;
  const describe = (token: ReadToken): string =>
    token.kind === 'punctuator'
      ? `'${token.text}'`
      : token.kind === 'string' || token.kind === 'number'
        ? `literal ${source.slice(token.start, token.end)}`
        : `'${token.name}'`;
  function unexpected(token: ReadToken | undefined, expected: string): never {
    if (token === undefined)
      fail('syntax', `${expected} expected, end of expression encountered`, source.length);
    if (token.kind === 'keyword' && !['true', 'false', 'null', 'new'].includes(token.name)) {
      fail('unsupported', `keyword '${token.name}'`, token.start);
    }
    fail('syntax', `${expected} expected, ${describe(token)} encountered`, token.start);
  }
  function expect(text: Punctuator): ReadToken {
    const token = peek();
    if (token === undefined || !isPunctuator(text, token)) unexpected(token, `'${text}'`);
    index += 1;
    return token;
  }

  function conditional(): ExpressionNode {
    const test = logicalOr();
    if (!isPunctuator('?')) return test;
    index += 1;
    const consequent = conditional();
    expect(':');
    const alternate = conditional();
    return { kind: 'conditional', test, consequent, alternate, start: test.start, end: alternate.end };
  }

  function logicalOr(): ExpressionNode {
    let left = logicalAnd();
    while (isPunctuator('||')) {
      index += 1;
      const right = logicalAnd();
      left = { kind: 'logical', operator: '||', left, right, start: left.start, end: right.end };
    }
    return left;
  }

  function logicalAnd(): ExpressionNode {
    let left = equality();
    while (isPunctuator('&&')) {
      index += 1;
      const right = equality();
      left = { kind: 'logical', operator: '&&', left, right, start: left.start, end: right.end };
    }
    return left;
  }

  function equality(): ExpressionNode {
    let left = relational();
    for (let token = peek(); token?.kind === 'punctuator' && (token.text === '==' || token.text === '!=');) {
      index += 1;
      const right = relational();
      left = { kind: 'equality', operator: token.text, left, right, start: left.start, end: right.end };
      token = peek();
    }
    return left;
  }

  function relational(): ExpressionNode {
    let left = additive();
    for (;;) {
      const token = peek();
      if (token?.kind === 'keyword' && (token.name === 'in' || token.name === 'instanceof')) {
        fail('unsupported', `operator '${token.name}'`, token.start);
      }
      const operator = RELATIONAL.find((op) => isPunctuator(op, token));
      if (operator === undefined) return left;
      index += 1;
      const right = additive();
      left = { kind: 'relational', operator, left, right, start: left.start, end: right.end };
    }
  }

  function additive(): ExpressionNode {
    let left = unary();
    while (isPunctuator('+')) {
      index += 1;
      const right = unary();
      left = { kind: 'plus', left, right, start: left.start, end: right.end };
    }
    return left;
  }

  function unary(): ExpressionNode {
    const token = peek();
    if (token !== undefined && isPunctuator('!', token)) {
      index += 1;
      const operand = unary();
      return { kind: 'not', operand, start: token.start, end: operand.end };
    }
    if (token !== undefined && isPunctuator('+', token)) fail('unsupported', "unary '+'", token.start);
    return postfix(primary());
  }

  function argumentList(): { args: ExpressionNode[]; end: number } {
    expect('(');
    const args: ExpressionNode[] = [];
    while (!isPunctuator(')')) {
      if (args.length > 0) expect(',');
      args.push(conditional());
    }
    return { args, end: expect(')').end };
  }

  function postfix(base: ExpressionNode): ExpressionNode {
    let node = base;
    for (;;) {
      const token = peek();
      if (isPunctuator('.', token)) {
        index += 1;
        const name = peek();
        if (name?.kind !== 'identifier' && name?.kind !== 'keyword') unexpected(name, 'property name');
        index += 1;
        if (!isPunctuator('(')) {
          node = { kind: 'member', object: node, property: name.name, start: node.start, end: name.end };
          continue;
        }
        if (!isSupportedMethod(name.name)) fail('unsupported', `method '${name.name}()'`, name.start);
        const { args, end } = argumentList();
        node = { kind: 'call', object: node, method: name.name, args, start: node.start, end };
      } else if (isPunctuator('[', token)) {
        index += 1;
        const key = conditional();
        const close = expect(']');
        if (isPunctuator('(')) fail('unsupported', 'call of a computed member', close.end);
        node = { kind: 'index', object: node, index: key, start: node.start, end: close.end };
      } else if (token !== undefined && isPunctuator('(', token)) {
        fail('unsupported', `function call of '${source.slice(node.start, node.end)}'`, token.start);
      } else {
        return node;
      }
    }
  }

  function newDate(keyword: ReadToken): ExpressionNode {
    index += 1;
    const name = peek();
    if (name?.kind !== 'identifier' || name.name !== 'Date') {
      if (name === undefined) unexpected(name, 'constructor name');
      fail(
        'unsupported',
        `constructor 'new ${source.slice(name.start, name.end)}' (only new Date(…) is)`,
        name.start,
      );
    }
    index += 1;
    if (!isPunctuator('(')) fail('unsupported', "'new Date' without an argument list", name.end);
    const { args, end } = argumentList();
    const [argument, extra] = args;
    if (argument === undefined) {
      fail('unsupported', 'new Date() without an argument (the current time)', keyword.start);
    }
    if (extra !== undefined) fail('unsupported', 'new Date(…) with more than one argument', extra.start);
    return { kind: 'new-date', argument, start: keyword.start, end };
  }

  function listLiteral(open: ReadToken): ExpressionNode {
    index += 1;
    const items: ExpressionNode[] = [];
    while (!isPunctuator(']')) {
      if (items.length > 0) {
        const comma = expect(',');
        if (isPunctuator(']')) fail('unsupported', 'trailing comma in a list literal', comma.start);
      }
      items.push(conditional());
    }
    return { kind: 'list', items, start: open.start, end: expect(']').end };
  }

  function primary(): ExpressionNode {
    const token = peek();
    if (token === undefined) unexpected(token, 'expression');
    const { start, end } = token;
    switch (token.kind) {
      case 'number':
      case 'string':
        index += 1;
        return { kind: 'literal', value: token.value, start, end };
      case 'identifier':
        if (!allowed.includes(token.name)) {
          fail(
            'unsupported',
            `identifier '${token.name}' (the context variables are ${allowed.join(', ')})`,
            start,
          );
        }
        index += 1;
        used.add(token.name);
        return { kind: 'variable', name: token.name, start, end };
      case 'keyword':
        if (token.name === 'new') return newDate(token);
        if (token.name !== 'true' && token.name !== 'false' && token.name !== 'null') {
          fail('unsupported', `keyword '${token.name}'`, start);
        }
        index += 1;
        return { kind: 'literal', value: token.name === 'null' ? null : token.name === 'true', start, end };
      case 'punctuator':
        if (token.text === '[') return listLiteral(token);
        if (token.text === '(') {
          index += 1;
          const inner = conditional();
          const close = expect(')');
          return { ...inner, start, end: close.end };
        }
        return unexpected(token, 'expression');
    }
  }

  if (tokens.length === 0) fail('syntax', 'empty expression', 0);
  const root = conditional();
  const rest = peek();
  if (rest !== undefined) unexpected(rest, 'end of expression');
  return { source, root, variables: used };
}
