/**
 * Forge `displayConditions` as the local host evaluates them. Sources:
 * - https://developer.atlassian.com/platform/forge/manifest-reference/display-conditions/ (operators `and`,
 *   `or`, `not`; "Conditions at the same level are combined with `and` by default"; `not`: "none of the child
 *   conditions are true"; common property `isLoggedIn`)
 * - https://developer.atlassian.com/platform/forge/manifest-reference/display-conditions/jira/ (Jira/JSM: an
 *   operator takes one condition object or an array of them; issue view conditions `issueKey`, `issueId`,
 *   `issueType` (the issue type *name*) and project view conditions `projectKey`, `projectId`, `projectName`,
 *   `projectType`, each `string | string[]` matching any value, "will evaluate to `false`" where no issue or
 *   project is in context; `hasServiceDeskAccess`; `jiraExpression`).
 *
 * The host supports only the keys it can evaluate from what it knows. Any other key, and every
 * `jiraExpression` (the host has no Jira expression engine), fails at start-up: a condition silently read as
 * `true` would show a module Jira hides, which is kinder than Jira.
 */
import type { ForgeAccountType } from './ui-host-options';

export type DisplayCondition =
  | { kind: 'all'; of: DisplayCondition[] }
  | { kind: 'any'; of: DisplayCondition[] }
  | { kind: 'none'; of: DisplayCondition[] }
  | { kind: 'match'; key: MatchKey; values: string[] }
  | { kind: 'flag'; key: FlagKey; expected: boolean };

const matchKeys = [
  'projectKey',
  'projectId',
  'projectName',
  'projectType',
  'issueKey',
  'issueId',
  'issueType',
] as const;
type MatchKey = (typeof matchKeys)[number];
const flagKeys = ['isLoggedIn', 'hasServiceDeskAccess'] as const;
type FlagKey = (typeof flagKeys)[number];

export const SUPPORTED_CONDITION_KEYS: readonly string[] = ['and', 'or', 'not', ...matchKeys, ...flagKeys];

/** What a page knows when it decides whether a module shows: the viewer, and the issue/project in context. */
export interface ConditionFacts {
  accountType: ForgeAccountType;
  project?: {
    id?: string | undefined;
    key?: string | undefined;
    name?: string | undefined;
    type?: string | undefined;
  };
  /** On a create form there is no issue yet: only the chosen issue type's name is known. */
  issue?: { id?: string | undefined; key?: string | undefined; typeName?: string | undefined };
}

export class DisplayConditionError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isMatchKey = (key: string): key is MatchKey => matchKeys.some((k) => k === key);
const isFlagKey = (key: string): key is FlagKey => flagKeys.some((k) => k === key);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');

function childrenOf(where: string, value: unknown): DisplayCondition[] {
  // "each operator accepts either a single condition object or an array of condition objects" (Jira page).
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, index) =>
    parseConditionObject(Array.isArray(value) ? `${where}[${String(index)}]` : where, item),
  );
}

function parseConditionObject(where: string, value: unknown): DisplayCondition {
  if (!isRecord(value)) throw new DisplayConditionError(`${where} must be an object of conditions.`);
  const of: DisplayCondition[] = [];
  for (const [key, raw] of Object.entries(value)) {
    const at = `${where}.${key}`;
    if (key === 'and') of.push({ kind: 'all', of: childrenOf(at, raw) });
    else if (key === 'or') of.push({ kind: 'any', of: childrenOf(at, raw) });
    else if (key === 'not') of.push({ kind: 'none', of: childrenOf(at, raw) });
    else if (key === 'jiraExpression') {
      throw new DisplayConditionError(
        `${at}: the local host cannot evaluate Jira expressions, so it cannot tell where this module shows. ` +
          `Use keys it supports (${SUPPORTED_CONDITION_KEYS.join(', ')}) or check in the module's code.`,
      );
    } else if (isMatchKey(key)) {
      const values: unknown = typeof raw === 'string' ? [raw] : raw;
      if (!isStringList(values))
        throw new DisplayConditionError(`${at} must be a string or a list of strings.`);
      of.push({ kind: 'match', key, values });
    } else if (isFlagKey(key)) {
      if (typeof raw !== 'boolean') throw new DisplayConditionError(`${at} must be true or false.`);
      of.push({ kind: 'flag', key, expected: raw });
    } else {
      throw new DisplayConditionError(
        `${at}: the local host cannot evaluate the display condition "${key}" (it supports ${SUPPORTED_CONDITION_KEYS.join(', ')}).`,
      );
    }
  }
  return { kind: 'all', of };
}

/** Parses a module's `displayConditions`; throws DisplayConditionError naming the first key it cannot evaluate. */
export function parseDisplayConditions(where: string, value: unknown): DisplayCondition {
  return parseConditionObject(where, value);
}

function matchValue(key: MatchKey, facts: ConditionFacts): string | undefined {
  switch (key) {
    case 'projectKey':
      return facts.project?.key;
    case 'projectId':
      return facts.project?.id;
    case 'projectName':
      return facts.project?.name;
    case 'projectType':
      return facts.project?.type;
    case 'issueKey':
      return facts.issue?.key;
    case 'issueId':
      return facts.issue?.id;
    case 'issueType':
      return facts.issue?.typeName;
  }
}

function flagValue(key: FlagKey, facts: ConditionFacts): boolean {
  switch (key) {
    // Every person of the local host is signed in (it has no anonymous visitors).
    case 'isLoggedIn':
      return true;
    // Inferred: "access to Jira Service Management" is the JSM (agent) licence, i.e. Forge's `licensed`.
    case 'hasServiceDeskAccess':
      return facts.accountType === 'licensed';
  }
}

/** True when the module shows for these facts. A key whose context is missing (no issue on a page) is false. */
export function evaluateDisplayCondition(condition: DisplayCondition, facts: ConditionFacts): boolean {
  switch (condition.kind) {
    case 'all':
      return condition.of.every((c) => evaluateDisplayCondition(c, facts));
    case 'any':
      return condition.of.some((c) => evaluateDisplayCondition(c, facts));
    case 'none':
      return !condition.of.some((c) => evaluateDisplayCondition(c, facts));
    case 'match': {
      const actual = matchValue(condition.key, facts);
      return actual !== undefined && condition.values.includes(actual);
    }
    case 'flag':
      return flagValue(condition.key, facts) === condition.expected;
  }
}
