import type { Actor } from '../access';
import type { JiraSite } from '../jira-site';
import type { IssueRecord } from '../store/issues-store';
import { statusById } from '../workflow';
import { JqlError, type JqlClause, type JqlOrder, type JqlQuery, type JqlValue } from './parse-jql';

type Predicate = (issue: IssueRecord) => boolean;

const RELATIVE = /^([+-]?\d+)([wdhm])$/i;
const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

function text(value: JqlValue): string {
  if (value.kind === 'function') return `${value.name}()`;
  if (value.kind === 'empty') return 'EMPTY';
  return value.text;
}

/** JQL dates: `2026-11-24`, `2026-11-24 10:30`, `2026/11/24`, relative `-7d`/`-4h`/`-30m`/`-1w`, `now()`. */
function dateMs(value: JqlValue, nowMs: number): number {
  if (value.kind === 'function' && value.name === 'now') return nowMs;
  if (value.kind === 'function' && value.name === 'startofday')
    return new Date(nowMs).setUTCHours(0, 0, 0, 0);
  const raw = text(value);
  const relative = RELATIVE.exec(raw);
  if (relative) return nowMs + Number(relative[1]) * (UNIT_MS[(relative[2] ?? 'd').toLowerCase()] ?? 0);
  const match = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[ T](\d{2}):(\d{2}))?$/.exec(raw);
  if (match === null)
    throw new JqlError(
      `Date value '${raw}' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
    );
  return Date.UTC(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
    Number(match[4] ?? 0),
    Number(match[5] ?? 0),
  );
}

function compare(operator: JqlClause['operator'], left: number, right: number): boolean {
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
function equality(
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

const sameText = (own: string, wanted: string) => own.toLowerCase() === wanted.toLowerCase();

function propertyValue(site: JiraSite, issue: IssueRecord, key: string, path: string[]): unknown {
  let value: unknown = site.properties.get(issue.id, key)?.value;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = Object.entries(value).find(([k]) => k === segment)?.[1];
  }
  return value;
}

/** Property values compare as numbers when both sides are numbers, as dates when both parse, else as text. */
function propertyPredicate(
  site: JiraSite,
  clause: JqlClause,
  key: string,
  path: string[],
  nowMs: number,
): Predicate {
  const scalars = (issue: IssueRecord): (string | number | boolean)[] => {
    const value = propertyValue(site, issue, key, path);
    const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    return list.filter((v): v is string | number | boolean =>
      ['string', 'number', 'boolean'].includes(typeof v),
    );
  };
  if (['<', '<=', '>', '>='].includes(clause.operator)) {
    const wanted = clause.values[0];
    if (wanted === undefined) throw new JqlError('Expecting a value.');
    return (issue) =>
      scalars(issue).some((own) => {
        if (typeof own === 'number' && wanted.kind === 'number')
          return compare(clause.operator, own, Number(wanted.text));
        if (typeof own === 'string') {
          const ownMs = Date.parse(own);
          return !Number.isNaN(ownMs) && compare(clause.operator, ownMs, dateMs(wanted, nowMs));
        }
        return false;
      });
  }
  return equality(clause, `issue.property[${key}]`, (issue) => scalars(issue).map(String), sameText);
}

function customFieldValues(site: JiraSite, issue: IssueRecord, fieldId: string): string[] {
  const stored = issue.fields[fieldId];
  const list = Array.isArray(stored) ? stored : stored === undefined || stored === null ? [] : [stored];
  return list.flatMap((item) => {
    if (typeof item === 'string' || typeof item === 'number') {
      const group = typeof item === 'string' ? site.users.group(item) : undefined;
      return group ? [group.groupId, group.name] : [String(item)];
    }
    return [];
  });
}

function clausePredicate(site: JiraSite, actor: Actor, clause: JqlClause, nowMs: number): Predicate {
  if (clause.field.kind === 'property')
    return propertyPredicate(site, clause, clause.field.key, clause.field.path, nowMs);
  const name = clause.field.name.toLowerCase();
  switch (name) {
    case 'project':
      return equality(
        clause,
        name,
        (issue) => {
          const project = site.projects.project(issue.projectId);
          return project ? [project.id, project.key, project.name] : [issue.projectId];
        },
        sameText,
      );
    case 'status':
      return equality(
        clause,
        name,
        (issue) => [issue.statusId, statusById(issue.statusId)?.name ?? ''],
        sameText,
      );
    case 'key':
    case 'issuekey':
    case 'id':
      if (['<', '<=', '>', '>='].includes(clause.operator)) {
        const bound = site.issues.find(text(clause.values[0] ?? { kind: 'empty' }));
        if (bound === undefined)
          throw new JqlError(
            `An issue with key '${text(clause.values[0] ?? { kind: 'empty' })}' does not exist for field '${name}'.`,
          );
        return (issue) => issue.projectId === bound.projectId && compare(clause.operator, issue.id, bound.id);
      }
      return equality(clause, name, (issue) => [issue.key, String(issue.id)], sameText);
    case 'created':
    case 'createddate':
    case 'updated':
    case 'updateddate': {
      const wanted = clause.values[0];
      if (wanted === undefined || clause.values.length !== 1)
        throw new JqlError(`Expecting one date for '${name}'.`);
      const bound = dateMs(wanted, nowMs);
      const own = (issue: IssueRecord) => (name.startsWith('created') ? issue.createdMs : issue.updatedMs);
      return (issue) => compare(clause.operator, own(issue), bound);
    }
    case 'reporter':
    case 'creator':
      return equality(
        clause,
        name,
        (issue) => [name === 'reporter' ? issue.reporter : issue.creator],
        // The parser lower-cases function names (JQL functions are case-insensitive).
        (own, wanted) => own === (wanted === 'currentuser()' ? actor.accountId : wanted),
      );
    case 'labels':
      return equality(clause, name, (issue) => customFieldValues(site, issue, 'labels'), sameText);
    case 'issuetype':
    case 'type':
      return equality(clause, name, (issue) => [issue.issueTypeId, 'Change'], sameText);
    case 'request type':
    case 'customer request type':
      return equality(
        clause,
        name,
        (issue) => {
          const type =
            issue.requestTypeId === null ? undefined : site.projects.requestType(issue.requestTypeId);
          return type ? [type.id, type.name] : [];
        },
        sameText,
      );
    default:
      break;
  }
  const field = site.fields.byClauseName(clause.field.name);
  if (field === undefined || field.value === undefined || !field.custom) {
    throw new JqlError(
      `Field '${clause.field.name}' does not exist or you do not have permission to view it.`,
    );
  }
  return equality(clause, field.name, (issue) => customFieldValues(site, issue, field.id), sameText);
}

const ORDER_KEYS: Record<string, (issue: IssueRecord) => number> = {
  created: (issue) => issue.createdMs,
  updated: (issue) => issue.updatedMs,
  key: (issue) => issue.id,
  issuekey: (issue) => issue.id,
  id: (issue) => issue.id,
};

function comparator(orderBy: JqlOrder[]): (a: IssueRecord, b: IssueRecord) => number {
  const orders = orderBy.length > 0 ? orderBy : [{ field: 'created', direction: 'desc' as const }];
  const keys = orders.map((order) => {
    const key = ORDER_KEYS[order.field];
    if (key === undefined)
      throw new JqlError(`Sorting by '${order.field}' is not supported by the local Jira stand-in.`);
    return { key, sign: order.direction === 'desc' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { key, sign } of keys) {
      const diff = key(a) - key(b);
      if (diff !== 0) return diff * sign;
    }
    return (a.id - b.id) * (keys[0]?.sign ?? 1);
  };
}

/** Issues the caller may see that match every clause, in ORDER BY order (default: created DESC). */
export function evaluateJql(
  site: JiraSite,
  actor: Actor,
  query: JqlQuery,
  visible: Predicate,
): IssueRecord[] {
  const nowMs = site.clock.now().getTime();
  const predicates = query.clauses.map((clause) => clausePredicate(site, actor, clause, nowMs));
  const sort = comparator(query.orderBy);
  return site.issues
    .all()
    .filter((issue) => visible(issue) && predicates.every((predicate) => predicate(issue)))
    .sort(sort);
}
