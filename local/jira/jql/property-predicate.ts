/**
 * JQL clauses on issue entity properties, by the type the `jira:entityProperty` module declares
 * (jira-entity-property, "JQL examples by type"): `number` supports `=`, `!=` and comparisons; `string` "exact
 * match (=, !=) only"; `text` only `~` / `!~`, which the stand-in's parser refuses, so every `text` clause is
 * refused; `date` exact match and comparisons, against `YYYY-MM-DD` or "an ISO 8601 date-time with timezone
 * offset" (or any other JQL date); `user` an account id or `currentUser()` [verified]. `in` / `not in` follow
 * `=` / `!=`, strings match case-sensitively ("indexed as is"), only JSON numbers index as `number` and only
 * JSON strings as the other types, and an undeclared path is not indexed, so it matches no issue (and every
 * issue is EMPTY for it) [inferred].
 */
import type { Actor } from '../access';
import type { JiraSite } from '../jira-site';
import type { IssueRecord } from '../store/issues-store';
import { indexedDateMs } from './entity-property-date';
import type { IndexedPath } from './entity-property-index';
import { compare, dateMs, text, type Predicate } from './jql-operators';
import { JqlError, type JqlClause, type JqlValue } from './parse-jql';

interface Typed<T> {
  /** The issue's indexed values of this path (several for an array). */
  own: (issue: IssueRecord) => T[];
  /** A JQL value as this type; throws JqlError for one it cannot be. */
  wanted: (value: JqlValue) => T;
  /** Comparison for `<`, `<=`, `>`, `>=`; undefined when the type has no order. */
  order?: (a: T, b: T) => number;
}

export function propertyPredicate(
  site: JiraSite,
  actor: Actor,
  clause: JqlClause,
  indexed: IndexedPath | undefined,
  nowMs: number,
): Predicate {
  if (indexed === undefined) return () => clause.operator === 'is';
  const stored = (issue: IssueRecord) => storedValues(site, issue, indexed);
  const name = indexed.clauseName;
  switch (indexed.type) {
    case 'number':
      return typedPredicate(clause, name, {
        own: (issue) => stored(issue).filter((v): v is number => typeof v === 'number'),
        wanted: (value) => {
          const number = value.kind === 'number' || value.kind === 'string' ? Number(value.text) : NaN;
          if (!Number.isFinite(number))
            throw new JqlError(`The value '${text(value)}' is not a valid number for field '${name}'.`);
          return number;
        },
        order: (a, b) => a - b,
      });
    case 'date':
      return typedPredicate(clause, name, {
        own: (issue) => strings(stored(issue)).flatMap((v) => indexedDateMs(v) ?? []),
        wanted: (value) =>
          (value.kind === 'string' || value.kind === 'word' ? indexedDateMs(value.text) : undefined) ??
          dateMs(value, nowMs, name),
        order: (a, b) => a - b,
      });
    case 'string':
      return typedPredicate(clause, name, { own: (issue) => strings(stored(issue)), wanted: text });
    case 'user':
      return typedPredicate(clause, name, {
        own: (issue) => strings(stored(issue)),
        // The parser lower-cases function names (JQL functions are case-insensitive).
        wanted: (value) =>
          value.kind === 'function' && value.name === 'currentuser' ? actor.accountId : text(value),
      });
    case 'text':
      return typedPredicate(clause, name, { own: (issue) => strings(stored(issue)), wanted: refuse(clause, name) });
  }
}

function typedPredicate<T>(clause: JqlClause, name: string, typed: Typed<T>): Predicate {
  const isEmpty = clause.values.length === 1 && clause.values[0]?.kind === 'empty';
  const operator =
    isEmpty && clause.operator === '=' ? 'is' : isEmpty && clause.operator === '!=' ? 'is not' : clause.operator;
  if (operator === 'is') return (issue) => typed.own(issue).length === 0;
  if (operator === 'is not') return (issue) => typed.own(issue).length > 0;
  const wanted = clause.values.map(typed.wanted);
  const matchesAny = (issue: IssueRecord) => typed.own(issue).some((own) => wanted.includes(own));
  switch (operator) {
    case '=':
    case 'in':
      return matchesAny;
    case '!=':
    case 'not in':
      // Jira's negative operators never match issues where the field is empty.
      return (issue) => typed.own(issue).length > 0 && !matchesAny(issue);
    default: {
      const { order } = typed;
      const [bound] = wanted;
      if (order === undefined || bound === undefined || wanted.length !== 1)
        throw new JqlError(`The operator '${operator}' is not supported by the '${name}' field.`);
      return (issue) => typed.own(issue).some((own) => compare(operator, order(own, bound), 0));
    }
  }
}

function refuse(clause: JqlClause, name: string): () => never {
  return () => {
    throw new JqlError(`The operator '${clause.operator}' is not supported by the '${name}' field.`);
  };
}

function strings(values: unknown[]): string[] {
  return values.filter((v): v is string => typeof v === 'string');
}

/** The value at the declared path ("the key of a flattened JSON object with '.' as the delimiter"). */
function storedValues(site: JiraSite, issue: IssueRecord, indexed: IndexedPath): unknown[] {
  let value: unknown = site.properties.get(issue.id, indexed.propertyKey)?.value;
  for (const segment of indexed.path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    value = Object.entries(value).find(([key]) => key === segment)?.[1];
  }
  // "The path may refer to an array type": each element is indexed.
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}
