import { JiraExpressionParseError, parseJiraExpression } from '../../../../local/jira/expressions';

function parseError(source: string, variables?: readonly string[]): JiraExpressionParseError {
  try {
    parseJiraExpression(source, variables === undefined ? {} : { variables });
  } catch (error: unknown) {
    if (error instanceof JiraExpressionParseError) return error;
    throw error;
  }
  throw new Error(`expected '${source}' to be refused`);
}

describe('parseJiraExpression', () => {
  it('given a validation expression, when parsed, then it lists the context variables it reads', () => {
    const compiled = parseJiraExpression("value == null || fieldId == 'customfield_10050'");

    expect([...compiled.variables].sort()).toEqual(['fieldId', 'value']);
    expect(compiled.source).toBe("value == null || fieldId == 'customfield_10050'");
  });

  it.each([
    ['a List method taking an arrow function', 'issue.comments.map(c => c.id)', 'map', "method 'map()'"],
    ['an arrow function', '(value => 1)', '=>', "arrow function '=>'"],
    ['a List method outside the subset', 'value.map(fieldId)', 'map', "method 'map()'"],
    ['strict equality', "value === 'a'", '===', "'==='"],
    ['optional chaining', 'value?.text', '?.', "optional chaining '?.'"],
    ['nullish coalescing', "value ?? 'none'", '??', "'??'"],
    ['a template literal', '`x${value}`', '`', 'template literal'],
    ['an object literal', '{ a: 1 }', '{', 'object literal'],
    ['a let binding (Forge docs example 2)', 'let isEmpty = value == null; isEmpty', 'let', "keyword 'let'"],
    ['typeof', "typeof value == 'String'", 'typeof', "keyword 'typeof'"],
    ['a String method outside the subset', "value.split(',')", 'split', "method 'split()'"],
    ['match()', "value.match('a')", 'match', "method 'match()'"],
    [
      'a method on a user (Forge docs example 2)',
      "user.groups().includes('field-editors')",
      'groups',
      "method 'groups()'",
    ],
    ['length called as a method', 'value.length() > 0', 'length', "method 'length()'"],
    ['a global function', "Number('1') == 1", 'Number', "identifier 'Number'"],
    ['an unknown variable', 'config.maxValue > 1', 'config', "identifier 'config'"],
    ['another constructor', 'new Issue(10001) == null', 'Issue', "constructor 'new Issue'"],
    ['new Date() for the current time', 'new Date().getTime() > 0', 'new', 'new Date() without an argument'],
    ['new Date with two arguments', 'new Date(1, 2)', '2', 'more than one argument'],
    ['unary minus', 'value > -1', '-', "operator '-'"],
    ['multiplication', 'value * 2 > 1', '*', "operator '*'"],
    ['division', 'value / 2 > 1', '/', "operator '/'"],
    ['the in operator', 'value in issue', 'in', "operator 'in'"],
    ['a call of a computed member', "value['trim']()", '()', 'call of a computed member'],
    ['a call of an expression', '(value)(1)', '(1', 'function call'],
    ['a trailing comma', "['a', 'b',].includes(value)", ',]', 'trailing comma'],
    ['a comment', 'value == null // empty', '//', 'comment'],
    ['a hexadecimal number', 'value == 0x10', '0x10', "number literal '0x"],
    ['an unknown string escape', "value == '\\d'", '\\d', "string escape '\\d'"],
    ['an assignment', 'value = 1', '=', "assignment '='"],
  ])('given %s, when parsed, then it is refused at its position', (_label, source, at, detail) => {
    const error = parseError(source);

    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/^unsupported Jira expression construct: /);
    expect(error.message).toContain(detail);
    expect(error.position).toBe(source.indexOf(at));
    expect(error.column).toBe(source.indexOf(at) + 1);
  });

  it('given a construct on a later line, when refused, then the line and column point at it', () => {
    const error = parseError("value == null ||\n  value.split(',').length > 0");

    expect([error.line, error.column]).toEqual([2, 9]);
    expect(error.message).toContain('(at line 2, column 9)');
  });

  it('given the formatter context, when an expression reads issue, then it is refused', () => {
    expect(parseError('issue.key', ['value']).message).toContain(
      "identifier 'issue' (the context variables are value)",
    );
  });

  it.each([
    ['an unclosed parenthesis', '(value == null', 14, "')' expected, end of expression encountered"],
    ['a missing operand', 'value ==', 8, 'expression expected'],
    ['an unterminated string', "value == 'abc", 9, 'unterminated string literal'],
    ['two operands in a row', 'value value', 6, "end of expression expected, 'value' encountered"],
    ['a dangling dot', 'value.', 6, 'property name expected'],
    ['a missing ternary branch', "value ? 'a'", 11, "':' expected"],
    ['an empty expression', '   ', 0, 'empty expression'],
    ['a stray character', 'value # 1', 6, "unexpected character '#'"],
  ])('given %s, when parsed, then it is a syntax error', (_label, source, position, detail) => {
    const error = parseError(source);

    expect(error.code).toBe('syntax');
    expect(error.position).toBe(position);
    expect(error.message).toContain(detail);
  });

  it('given an expression over 1000 characters, when parsed, then it is refused like Jira does', () => {
    const source = `value == '${'x'.repeat(990)}'`;

    expect(source.length).toBe(1001);
    const error = parseError(source);

    expect(error.code).toBe('limit');
    expect(error.message).toContain('Jira expression is too long (1001), limit: 1000 characters');
  });

  it('given an expression of exactly 1000 characters, when parsed, then it is accepted', () => {
    expect(() => parseJiraExpression(`value == '${'x'.repeat(989)}'`)).not.toThrow();
  });
});
