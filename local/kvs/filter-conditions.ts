import { badRequest, KvsErrorCode, KvsServiceError } from './kvs-errors';

/** Condition names the SDK sends (node_modules/@forge/kvs/out/conditions.js). */
export const RANGE_CONDITIONS = [
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
] as const;
export const FILTER_CONDITIONS = [
  ...RANGE_CONDITIONS,
  'CONTAINS',
  'NOT_CONTAINS',
  'NOT_EQUAL_TO',
  'EXISTS',
  'NOT_EXISTS',
] as const;

export type FilterConditionName = (typeof FILTER_CONDITIONS)[number];

export interface Condition {
  condition: string;
  values: readonly unknown[];
}

export interface PropertyCondition extends Condition {
  property: string;
}

/** The `{ and } | { or }` shape of entity query filters and transaction conditions. */
export interface FilterGroup {
  and?: readonly PropertyCondition[] | undefined;
  or?: readonly PropertyCondition[] | undefined;
}

function isFilterCondition(name: string): name is FilterConditionName {
  return (FILTER_CONDITIONS as readonly string[]).includes(name);
}

/** Checks the condition name is allowed and has the number of values it needs (entities-errorhandling). */
export function assertCondition(condition: Condition, allowed: readonly string[]): FilterConditionName {
  const name = condition.condition;
  if (!allowed.includes(name) || !isFilterCondition(name)) {
    throw badRequest(KvsErrorCode.invalidFilterCondition, `The condition ${name} is not supported here.`);
  }
  const needed = name === 'BETWEEN' ? 2 : 1;
  if (name === 'BETWEEN' && condition.values.length < 2) {
    throw badRequest(
      KvsErrorCode.insufficientFilterValues,
      'The specified condition needs at least two values.',
    );
  }
  if (condition.values.length !== needed) {
    throw badRequest(
      KvsErrorCode.invalidFilterValues,
      `The condition ${name} takes ${needed} value(s), got ${condition.values.length}.`,
    );
  }
  return name;
}

/** Validates a filter group and returns its operator and items. */
export function normaliseFilterGroup(group: FilterGroup): {
  operator: 'and' | 'or';
  items: PropertyCondition[];
} {
  if (group.and !== undefined && group.or !== undefined) {
    throw badRequest(
      KvsErrorCode.invalidFilterOperatorsCombination,
      'Filter operators "and" and "or" cannot be present at the same level.',
    );
  }
  const operator = group.or !== undefined ? 'or' : 'and';
  const items = [...(group[operator] ?? [])];
  if (items.length === 0) {
    throw badRequest(KvsErrorCode.emptyFilterOperator, 'Filter operators "and" and "or" cannot be empty.');
  }
  for (const item of items) assertCondition(item, FILTER_CONDITIONS);
  return { operator, items };
}

/** Orders two scalar values of the same kind; `undefined` when they cannot be compared. */
export function compareScalars(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return undefined;
}

/**
 * Evaluates one condition against an attribute value (`undefined` when the attribute is missing).
 * Comparisons with a missing attribute or a value of another type are false, as in a typed store.
 */
export function matchesCondition(actual: unknown, condition: Condition): boolean {
  const name = condition.condition;
  const [first, second] = condition.values;
  const compared = (target: unknown) => compareScalars(actual, target);
  switch (name) {
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return compared(first) === 0;
    case 'NOT_EQUAL_TO':
      return compared(first) !== 0;
    case 'BEGINS_WITH':
      return typeof actual === 'string' && typeof first === 'string' && actual.startsWith(first);
    case 'CONTAINS':
      return typeof actual === 'string' && typeof first === 'string' && actual.includes(first);
    case 'NOT_CONTAINS':
      return !(typeof actual === 'string' && typeof first === 'string' && actual.includes(first));
    case 'GREATER_THAN':
      return (compared(first) ?? 0) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return (compared(first) ?? -1) >= 0;
    case 'LESS_THAN':
      return (compared(first) ?? 0) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return (compared(first) ?? 1) <= 0;
    case 'BETWEEN': {
      const low = compared(first);
      const high = compared(second);
      return low !== undefined && high !== undefined && low >= 0 && high <= 0;
    }
    default:
      throw new KvsServiceError(400, KvsErrorCode.invalidFilterCondition, `Unknown condition ${name}.`);
  }
}

/** Evaluates a validated filter group against an entity value. */
export function matchesFilterGroup(
  value: Readonly<Record<string, unknown>>,
  operator: 'and' | 'or',
  items: readonly PropertyCondition[],
): boolean {
  const test = (item: PropertyCondition) => matchesCondition(value[item.property], item);
  return operator === 'and' ? items.every(test) : items.some(test);
}
