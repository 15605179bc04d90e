/** Values, dates and operators shared by the JQL clauses the stand-in evaluates (evaluate-jql.ts). */
import type { IssueRecord } from '../store/issues-store';
import { JqlError, type JqlClause, type JqlValue } from './parse-jql';

export type Predicate = (issue: IssueRecord) => boolean;

const RELATIVE = /^([+-]?\d+)([wdhm])$/i;
const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

export function text(value: JqlValue): string {
  if (value.kind === 'function') return `${value.name}()`;
  if (value.kind === 'empty') return 'EMPTY';
  return value.text;
}

/** JQL dates: `2026-11-24`, `2026-11-24 10:30`, `2026/11/24`, relative `-7d`/`-4h`/`-30m`/`-1w`, `now()`. */
export function dateMs(value: JqlValue, nowMs: number, fieldName = 'created'): number {
  if (value.kind === 'function' && value.name === 'now') return nowMs;
  if (value.kind === 'function' && value.name === 'startofday')
    return new Date(nowMs).setUTCHours(0, 0, 0, 0);
  const raw = text(value);
  const relative = RELATIVE.exec(raw);
  if (relative) return nowMs + Number(relative[1]) * (UNIT_MS[(relative[2] ?? 'd').toLowerCase()] ?? 0);
  const match = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[ T](\d{2}):(\d{2}))?$/.exec(raw);
  if (match === null)
    throw new JqlError(
      `Date value '${raw}' for field '${fieldName}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
    );
  return Date.UTC(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
    Number(match[4] ?? 0),
    Number(match[5] ?? 0),
  );
}

export function compare(operator: JqlClause['operator'], left: number, right: number): boolean {
  switch (operator) {
    case '=':
      return left === right;
    case '!=':
      return left !== right;
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    default:
      throw new JqlError(`The operator '${operator}' is not supported for this field.`);
  }
}

/** `=`, `!=`, `in`, `not in` over values matched by `matches(issueValue, jqlValue)`. */
export function equality(
  clause: JqlClause,
  fieldName: string,
  values: (issue: IssueRecord) => string[],
  matches: (own: string, wanted: string) => boolean,
): Predicate {
  const wanted = clause.values.map(text);
  const any = (issue: IssueRecord) => values(issue).some((own) => wanted.some((w) => matches(own, w)));
  switch (clause.operator) {
    case '=':
    case 'in':
      return any;
    case '!=':
    case 'not in':
      // Jira's negative operators never match issues where the field is empty.
      return (issue) => values(issue).length > 0 && !any(issue);
    case 'is':
      return (issue) => values(issue).length === 0;
    case 'is not':
      return (issue) => values(issue).length > 0;
    default:
      throw new JqlError(`The operator '${clause.operator}' is not supported for field '${fieldName}'.`);
  }
}

export const sameText = (own: string, wanted: string) => own.toLowerCase() === wanted.toLowerCase();
