import type { Actor } from '../access';
import type { JiraSite } from '../jira-site';
import type { IssueRecord } from '../store/issues-store';
import { statusById } from '../workflow';
import type { EntityPropertyIndex } from './entity-property-index';
import { compare, dateMs, equality, sameText, text, type Predicate } from './jql-operators';
import { JqlError, type JqlClause, type JqlOrder, type JqlQuery } from './parse-jql';
import { propertyPredicate } from './property-predicate';

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

interface ClauseContext {
  site: JiraSite;
  actor: Actor;
  /** The app's indexed entity property values (manifest `jira:entityProperty`). */
  properties: EntityPropertyIndex;
  nowMs: number;
}

function clausePredicate(context: ClauseContext, clause: JqlClause): Predicate {
  const { site, actor, properties, nowMs } = context;
  if (clause.field.kind === 'property') {
    const indexed = properties.byPath(clause.field.key, clause.field.path);
    return propertyPredicate(site, actor, clause, indexed, nowMs);
  }
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
      // Jira validates every key a clause names: one that names no issue fails the whole search
      // (inferred; docs/platform-assumptions.md, "`key in (…)` naming an issue that does not exist").
      for (const value of clause.values) {
        if (value.kind === 'empty') continue;
        if (site.issues.find(text(value)) === undefined)
          throw new JqlError(`An issue with key '${text(value)}' does not exist for field '${name}'.`);
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
  // A `searchAlias` is a JQL field name for its property value (jira-entity-property, "JQL syntax").
  const aliased = properties.byAlias(clause.field.name);
  if (aliased !== undefined) return propertyPredicate(site, actor, clause, aliased, nowMs);
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
  properties: EntityPropertyIndex,
): IssueRecord[] {
  const context: ClauseContext = { site, actor, properties, nowMs: site.clock.now().getTime() };
  const predicates = query.clauses.map((clause) => clausePredicate(context, clause));
  const sort = comparator(query.orderBy);
  return site.issues
    .all()
    .filter((issue) => visible(issue) && predicates.every((predicate) => predicate(issue)))
    .sort(sort);
}
