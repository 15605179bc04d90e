import { JiraExpressionParseError, sourcePosition } from './jira-expression-errors';

/**
 * The tokens of the local Jira expression subset. Jira expressions "use JavaScript-like syntax" and "support a
 * subset of JavaScript constructs" (https://developer.atlassian.com/cloud/jira/platform/jira-expressions/,
 * "Syntax and semantics"), so the lexical rules follow JavaScript. Everything the subset does not cover (template
 * literals, arrow functions, object literals, `-`, `*`, `/`, `===`, `?.`, `??`, comments) ends the token list
 * with a `refused` token carrying its position, instead of being read as something else.
 */
export type Punctuator =
  | '('
  | ')'
  | '['
  | ']'
  | ','
  | '.'
  | '?'
  | ':'
  | '!'
  | '&&'
  | '||'
  | '=='
  | '!='
  | '<'
  | '>'
  | '<='
  | '>='
  | '+';

export type Token =
  | { kind: 'identifier'; name: string; start: number; end: number }
  | { kind: 'keyword'; name: Keyword; start: number; end: number }
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'punctuator'; text: Punctuator; start: number; end: number }
  /**
   * Where the source stops being the subset. The tokenizer stops there and the parser throws `error` only when
   * it reaches this token, so an earlier refusal (say `let` in `let x = 1`) is the one reported.
   */
  | { kind: 'refused'; error: JiraExpressionParseError; start: number; end: number };

/** Words the parser treats specially; the second group is refused where an expression starts. */
export const KEYWORDS = [
  'true',
  'false',
  'null',
  'new',
  'let',
  'const',
  'var',
  'typeof',
  'instanceof',
  'in',
  'function',
  'return',
  'this',
  'if',
  'else',
  'delete',
  'void',
] as const;
export type Keyword = (typeof KEYWORDS)[number];

function isKeyword(word: string): word is Keyword {
  return (KEYWORDS as readonly string[]).includes(word);
}

/** Longest match first: `&&` before `&`, `==` before `=`, `<=` before `<`. */
const PUNCTUATORS: readonly Punctuator[] = [
  '&&',
  '||',
  '==',
  '!=',
  '<=',
  '>=',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  '?',
  ':',
  '!',
  '<',
  '>',
  '+',
];

/** Operators JavaScript (and so possibly Jira) has, named for the refusal message; longest first. */
const REFUSED_OPERATORS: readonly (readonly [string, string])[] = [
  ['===', "strict equality '===' (Jira's '==' is used instead)"],
  ['!==', "strict inequality '!=='"],
  ['=>', "arrow function '=>'"],
  ['?.', "optional chaining '?.'"],
  ['??', "nullish coalescing '??'"],
  ['//', 'comment'],
  ['/*', 'comment'],
  ['`', 'template literal'],
  ['{', 'object literal or block'],
  ['}', 'object literal or block'],
  [';', "statement separator ';'"],
  ['=', "assignment '='"],
  ['-', "operator '-'"],
  ['*', "operator '*'"],
  ['/', "operator '/'"],
  ['%', "operator '%'"],
  ['&', "operator '&'"],
  ['|', "operator '|'"],
  ['^', "operator '^'"],
  ['~', "operator '~'"],
];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*/;
/** Decimal literals only; `0x10`, `1_000`, `.5` and `1.` are refused by the checks around this pattern. */
const NUMBER = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const WHITESPACE = /^[ \t\r\n\u00a0\ufeff]+/;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

export function tokenizeJiraExpression(source: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  function fail(code: 'unsupported' | 'syntax', detail: string, at: number): never {
    throw new JiraExpressionParseError(code, detail, sourcePosition(source, at));
  }

  const readString = (quote: string): void => {
    const start = offset;
    let value = '';
    let cursor = offset + 1;
    for (;;) {
      const char = source[cursor];
      if (char === undefined || char === '\n') fail('syntax', 'unterminated string literal', start);
      if (char === quote) break;
      if (char !== '\\') {
        value += char;
        cursor += 1;
        continue;
      }
      const escape = source[cursor + 1] ?? '';
      const simple = SIMPLE_ESCAPES[escape];
      if (simple !== undefined && !(escape === '0' && /\d/.test(source[cursor + 2] ?? ''))) {
        value += simple;
        cursor += 2;
      } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(cursor + 2, cursor + 6))) {
        value += String.fromCharCode(parseInt(source.slice(cursor + 2, cursor + 6), 16));
        cursor += 6;
      } else {
        fail('unsupported', `string escape '\\${escape}'`, cursor);
      }
    }
    offset = cursor + 1;
    tokens.push({ kind: 'string', value, start, end: offset });
  };

  function readTokens(): void {
    while (offset < source.length) {
      const rest = source.slice(offset);
      const space = WHITESPACE.exec(rest);
      if (space) {
        offset += space[0].length;
        continue;
      }
      const first = rest[0] ?? '';
      if (first === "'" || first === '"') {
        readString(first);
        continue;
      }
      const number = NUMBER.exec(rest);
      if (number) {
        const after = rest[number[0].length] ?? '';
        if (/[A-Za-z0-9_$.]/.test(after))
          fail('unsupported', `number literal '${number[0]}${after}…'`, offset);
        tokens.push({
          kind: 'number',
          value: Number(number[0]),
          start: offset,
          end: offset + number[0].length,
        });
        offset += number[0].length;
        continue;
      }
      const word = IDENTIFIER.exec(rest);
      if (word) {
        const end = offset + word[0].length;
        tokens.push(
          isKeyword(word[0])
            ? { kind: 'keyword', name: word[0], start: offset, end }
            : { kind: 'identifier', name: word[0], start: offset, end },
        );
        offset = end;
        continue;
      }
      const refused = REFUSED_OPERATORS.find(([text]) => rest.startsWith(text));
      if (refused && !PUNCTUATORS.some((p) => p.length > refused[0].length && rest.startsWith(p))) {
        fail('unsupported', refused[1], offset);
      }
      const punctuator = PUNCTUATORS.find((p) => rest.startsWith(p));
      if (punctuator === undefined) fail('syntax', `unexpected character '${first}'`, offset);
      else {
        tokens.push({ kind: 'punctuator', text: punctuator, start: offset, end: offset + punctuator.length });
        offset += punctuator.length;
      }
    }
  }

  try {
    readTokens();
  } catch (error: unknown) {
    if (!(error instanceof JiraExpressionParseError)) throw error;
    tokens.push({ kind: 'refused', error, start: error.position, end: source.length });
  }
  return tokens;
}
