/**
 * A parser for the JQL subset the app uses: `clause (AND clause)* [ORDER BY field [ASC|DESC], ...]`, where a clause
 * is `field op value`, `field [NOT] IN (values)` or `field IS [NOT] EMPTY`. Anything else fails with a message
 * that names the unsupported part, so callers see a clear 400 instead of a silently wrong result.
 */
export type JqlOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'is' | 'is not';

export type JqlValue =
  | { kind: 'string'; text: string }
  | { kind: 'number'; text: string }
  | { kind: 'word'; text: string }
  | { kind: 'function'; name: string }
  | { kind: 'empty' };

export type JqlField = { kind: 'name'; name: string } | { kind: 'property'; key: string; path: string[] };

export interface JqlClause {
  field: JqlField;
  operator: JqlOperator;
  values: JqlValue[];
}

export interface JqlOrder {
  field: string;
  direction: 'asc' | 'desc';
}

export interface JqlQuery {
  clauses: JqlClause[];
  orderBy: JqlOrder[];
}

export class JqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JqlError';
  }
}

type Token =
  | { kind: 'word' | 'string' | 'number' | 'op' | 'punct'; text: string }
  | { kind: 'property'; key: string; path: string[] };

const PROPERTY = /^issue\.property\[([^\]]+)\]((?:\.[A-Za-z0-9_-]+)*)/i;
const OPERATOR = /^(!=|<=|>=|=|<|>|~|!~)/;
const NUMBER = /^-?\d+(\.\d+)?(?![A-Za-z0-9_-])/;
const WORD = /^[A-Za-z0-9_.\-/:+@[\]]+/;

function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let rest = jql.trim();
  while (rest.length > 0) {
    const property = PROPERTY.exec(rest);
    const operator = OPERATOR.exec(rest);
    const first = rest[0] ?? '';
    if (property) {
      const key = (property[1] ?? '').trim().replace(/^["']|["']$/g, '');
      const path = (property[2] ?? '').split('.').filter((p) => p !== '');
      tokens.push({ kind: 'property', key, path });
      rest = rest.slice(property[0].length);
    } else if (first === '"' || first === "'") {
      const end = rest.indexOf(first, 1);
      if (end < 0) throw new JqlError(`The quoted string starting at '${rest.slice(0, 20)}' is not closed.`);
      tokens.push({ kind: 'string', text: rest.slice(1, end).replace(/\\(.)/g, '$1') });
      rest = rest.slice(end + 1);
    } else if (operator) {
      tokens.push({ kind: 'op', text: operator[0] });
      rest = rest.slice(operator[0].length);
    } else if ('(),'.includes(first)) {
      tokens.push({ kind: 'punct', text: first });
      rest = rest.slice(1);
    } else {
      const number = NUMBER.exec(rest);
      const word = WORD.exec(rest);
      if (number) {
        tokens.push({ kind: 'number', text: number[0] });
        rest = rest.slice(number[0].length);
      } else if (word) {
        tokens.push({ kind: 'word', text: word[0] });
        rest = rest.slice(word[0].length);
      } else {
        throw new JqlError(`The character '${first}' is a reserved JQL character.`);
      }
    }
    rest = rest.trimStart();
  }
  return tokens;
}

const COMPARISONS: Record<string, JqlOperator> = {
  '=': '=',
  '!=': '!=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};

function isPunct(token: Token | undefined, text: string): boolean {
  return token !== undefined && token.kind === 'punct' && token.text === text;
}

function isWord(token: Token | undefined, word: string): boolean {
  return token !== undefined && token.kind === 'word' && token.text.toLowerCase() === word;
}

export function parseJql(jql: string): JqlQuery {
  const tokens = tokenize(jql);
  let index = 0;
  const peek = () => tokens[index];
  const next = () => tokens[index++];
  const clauses: JqlClause[] = [];
  const orderBy: JqlOrder[] = [];

  const readValue = (): JqlValue => {
    const token = next();
    if (token === undefined) throw new JqlError('Expecting a value but got the end of the query.');
    if (token.kind === 'string') return { kind: 'string', text: token.text };
    if (token.kind === 'number') return { kind: 'number', text: token.text };
    if (token.kind === 'word') {
      if (isPunct(peek(), '(')) {
        next();
        const close = next();
        if (close?.kind !== 'punct' || close.text !== ')') {
          throw new JqlError(`Functions with arguments are not supported ('${token.text}').`);
        }
        return { kind: 'function', name: token.text.toLowerCase() };
      }
      if (['empty', 'null'].includes(token.text.toLowerCase())) return { kind: 'empty' };
      return { kind: 'word', text: token.text };
    }
    throw new JqlError(
      `Expecting a value but got '${token.kind === 'property' ? 'issue.property' : token.text}'.`,
    );
  };

  const readField = (): JqlField => {
    const token = next();
    if (token === undefined) throw new JqlError('Expecting a field name but got the end of the query.');
    if (token.kind === 'property') return { kind: 'property', key: token.key, path: token.path };
    if (token.kind === 'word' || token.kind === 'string') return { kind: 'name', name: token.text };
    throw new JqlError(`Expecting a field name but got '${token.text}'.`);
  };

  while (index < tokens.length && !isWord(peek(), 'order')) {
    if (clauses.length > 0) {
      const joiner = next();
      if (joiner === undefined || !isWord(joiner, 'and')) {
        const text =
          joiner === undefined ? 'end' : joiner.kind === 'property' ? 'issue.property' : joiner.text;
        throw new JqlError(
          isWord(joiner, 'or')
            ? "The 'OR' operator is not supported by the local Jira stand-in; only AND is."
            : `Expecting 'AND' or 'ORDER BY' but got '${text}'.`,
        );
      }
    }
    const start = peek();
    if (start?.kind === 'punct' || isWord(start, 'not')) {
      throw new JqlError('Parentheses and NOT are not supported by the local Jira stand-in.');
    }
    const field = readField();
    const operatorToken = next();
    let operator: JqlOperator;
    if (operatorToken?.kind === 'op') {
      if (operatorToken.text === '~' || operatorToken.text === '!~') {
        throw new JqlError(
          `The operator '${operatorToken.text}' is not supported by the local Jira stand-in.`,
        );
      }
      const known = COMPARISONS[operatorToken.text];
      if (known === undefined) throw new JqlError(`Unknown operator '${operatorToken.text}'.`);
      operator = known;
    } else if (isWord(operatorToken, 'in')) operator = 'in';
    else if (isWord(operatorToken, 'not') && isWord(peek(), 'in')) {
      next();
      operator = 'not in';
    } else if (isWord(operatorToken, 'is')) {
      operator = isWord(peek(), 'not') ? 'is not' : 'is';
      if (operator === 'is not') next();
    } else {
      const text =
        operatorToken === undefined ? 'end' : operatorToken.kind === 'property' ? '?' : operatorToken.text;
      throw new JqlError(`Expecting an operator but got '${text}'.`);
    }
    const values: JqlValue[] = [];
    if (operator === 'in' || operator === 'not in') {
      const open = next();
      if (open?.kind !== 'punct' || open.text !== '(')
        throw new JqlError(`Expecting '(' after '${operator}'.`);
      for (;;) {
        values.push(readValue());
        const separator = next();
        if (separator?.kind === 'punct' && separator.text === ')') break;
        if (separator?.kind !== 'punct' || separator.text !== ',')
          throw new JqlError("Expecting ',' or ')' in the list.");
      }
    } else values.push(readValue());
    clauses.push({ field, operator, values });
  }
  if (isWord(peek(), 'order')) {
    next();
    if (!isWord(next(), 'by')) throw new JqlError("Expecting 'BY' after 'ORDER'.");
    for (;;) {
      const field = next();
      if (field === undefined || (field.kind !== 'word' && field.kind !== 'string')) {
        throw new JqlError('Expecting a field name after ORDER BY.');
      }
      let direction: 'asc' | 'desc' = 'asc';
      if (isWord(peek(), 'asc') || isWord(peek(), 'desc'))
        direction = isWord(next(), 'desc') ? 'desc' : 'asc';
      orderBy.push({ field: field.text.toLowerCase(), direction });
      const separator = peek();
      if (separator === undefined) break;
      if (separator.kind === 'punct' && separator.text === ',') {
        next();
        continue;
      }
      throw new JqlError('Expecting a comma or the end of the query after the ORDER BY field.');
    }
  }
  return { clauses, orderBy };
}
