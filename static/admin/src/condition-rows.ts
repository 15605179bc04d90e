/**
 * A risk tier's `when` (src/domain/policy/risk-condition-schema.ts) as the form edits it: one list of facts
 * joined by "all" or "any". A condition that nests groups, or that the page cannot read, has no rows: the
 * form then offers the JSON editor for it rather than flattening what it cannot show.
 */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const CHANGE_TYPES = ['standard', 'normal', 'emergency'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type ChangeTypeName = (typeof CHANGE_TYPES)[number];
export type YesNoFact = 'tested' | 'hasRollbackPlan' | 'windowOutsideWorkingHours';

export type FactRow =
  | { fact: 'risk'; in: Severity[] }
  | { fact: 'changeType'; in: ChangeTypeName[] }
  | { fact: 'systemCriticality'; atLeast: Severity }
  | { fact: YesNoFact; equals: boolean };

export type FactName = FactRow['fact'];

export interface ConditionRows {
  join: 'all' | 'any';
  rows: FactRow[];
}

export const FACT_LABELS: Record<FactName, string> = {
  risk: 'Risk is',
  changeType: 'Change type is',
  systemCriticality: 'An affected system is at least',
  tested: 'Tested',
  hasRollbackPlan: 'Rollback plan',
  windowOutsideWorkingHours: 'Planned window',
};

/** How a yes/no fact reads each way, e.g. "is not tested". */
export const YES_NO_WORDS: Record<YesNoFact, { yes: string; no: string }> = {
  tested: { yes: 'is tested', no: 'is not tested' },
  hasRollbackPlan: { yes: 'there is one', no: 'there is none' },
  windowOutsideWorkingHours: { yes: 'is (partly) outside working hours', no: 'is inside working hours' },
};

export function defaultRow(fact: FactName): FactRow {
  switch (fact) {
    case 'risk':
      return { fact, in: ['high', 'critical'] };
    case 'changeType':
      return { fact, in: ['normal'] };
    case 'systemCriticality':
      return { fact, atLeast: 'high' };
    case 'tested':
    case 'hasRollbackPlan':
      return { fact, equals: false };
    case 'windowOutsideWorkingHours':
      return { fact, equals: true };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const listOf = <T extends string>(value: unknown, allowed: readonly T[]): T[] | null =>
  Array.isArray(value) && value.every((item) => (allowed as readonly unknown[]).includes(item))
    ? (value as T[])
    : null;

function rowOf(value: unknown): FactRow | null {
  if (!isRecord(value)) return null;
  const keys = Object.keys(value).sort().join(',');
  switch (value['fact']) {
    case 'risk':
    case 'changeType': {
      const allowed = value['fact'] === 'risk' ? SEVERITIES : CHANGE_TYPES;
      const list = listOf<string>(value['in'], allowed);
      if (keys !== 'fact,in' || list === null) return null;
      return value['fact'] === 'risk'
        ? { fact: 'risk', in: list as Severity[] }
        : { fact: 'changeType', in: list as ChangeTypeName[] };
    }
    case 'systemCriticality': {
      const level = value['atLeast'];
      return keys === 'atLeast,fact' && (SEVERITIES as readonly unknown[]).includes(level)
        ? { fact: 'systemCriticality', atLeast: level as Severity }
        : null;
    }
    case 'tested':
    case 'hasRollbackPlan':
    case 'windowOutsideWorkingHours':
      return keys === 'equals,fact' && typeof value['equals'] === 'boolean'
        ? { fact: value['fact'], equals: value['equals'] }
        : null;
    default:
      return null;
  }
}

/** The rows of a flat condition (a fact, or all/any of facts); null for one the form cannot show. */
export function conditionRows(when: unknown): ConditionRows | null {
  const single = rowOf(when);
  if (single !== null) return { join: 'all', rows: [single] };
  if (!isRecord(when)) return null;
  const join = Array.isArray(when['all']) ? 'all' : Array.isArray(when['any']) ? 'any' : null;
  if (join === null || Object.keys(when).length !== 1) return null;
  const rows = (when[join] as unknown[]).map(rowOf);
  return rows.length > 0 && rows.every((row): row is FactRow => row !== null) ? { join, rows } : null;
}

/** The condition the rows stand for: a single fact as itself, several under all/any. */
export function conditionOf(rows: ConditionRows): unknown {
  const [only, ...rest] = rows.rows;
  if (only !== undefined && rest.length === 0) return only;
  return rows.join === 'all' ? { all: rows.rows } : { any: rows.rows };
}
