/**
 * A risk tier's `when` (src/domain/policy/risk-condition-schema.ts) as one English sentence, so a change
 * manager can read the tiers without parsing JSON. Unknown shapes are named as such, never guessed.
 */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

const orList = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;

const UNREADABLE = 'a condition this page cannot read (check its JSON)';

function describeFact(condition: Record<string, unknown>): string {
  const equals = condition['equals'];
  switch (condition['fact']) {
    case 'risk':
      return `the risk is ${orList(strings(condition['in']))}`;
    case 'changeType':
      return `the change type is ${orList(strings(condition['in']))}`;
    case 'tested':
      return equals === false ? 'the change is not tested' : 'the change is tested';
    case 'hasRollbackPlan':
      return equals === false ? 'there is no rollback plan' : 'there is a rollback plan';
    case 'systemCriticality':
      return typeof condition['atLeast'] === 'string'
        ? `an affected system is ${condition['atLeast']} or more critical`
        : UNREADABLE;
    case 'windowOutsideWorkingHours':
      return equals === false
        ? 'the window is inside working hours'
        : 'the window is (partly) outside working hours';
    default:
      return UNREADABLE;
  }
}

function describe(condition: unknown, nested: boolean): string {
  if (!isRecord(condition)) return UNREADABLE;
  for (const [key, joiner] of [
    ['all', ' and '],
    ['any', ' or '],
  ] as const) {
    const parts = condition[key];
    if (Array.isArray(parts)) {
      const text = parts.map((part) => describe(part, true)).join(joiner);
      return nested && parts.length > 1 ? `(${text})` : text;
    }
  }
  return describeFact(condition);
}

/** e.g. "the change is not tested or there is no rollback plan". */
export function describeCondition(condition: unknown): string {
  return describe(condition, false);
}
