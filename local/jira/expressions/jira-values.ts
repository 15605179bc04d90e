/**
 * Runtime values of the local Jira expression subset, named after the Jira expression types: Null, Boolean,
 * Number, String, List, Map and Date (https://developer.atlassian.com/cloud/jira/platform/jira-expressions-type-reference/).
 * A Forge custom field's `value` is a String, Number, Map (for `object` fields) or a List of those, and `null`
 * when empty (manifest-reference/modules/jira-custom-field/, "Validation").
 */
export type JiraValue = null | boolean | number | string | JiraDate | JiraMap | readonly JiraValue[];

/** A JSON object as Jira exposes it to expressions: the "Map" type (`object` fields, `config`, `event`). */
export class JiraMap {
  constructor(readonly entries: ReadonlyMap<string, JiraValue>) {}
}

/**
 * A point in time. Jira's Date "extends Date" in its published TypeScript types, so `getTime()` gives epoch
 * milliseconds (https://developer.atlassian.com/cloud/jira/platform/jira-expressions-types, `interface JiraDate
 * extends Date`).
 */
export class JiraDate {
  constructor(readonly epochMillis: number) {}
}

export function isList(value: JiraValue): value is readonly JiraValue[] {
  return Array.isArray(value);
}

export type JiraTypeName = 'Null' | 'Boolean' | 'Number' | 'String' | 'List' | 'Map' | 'Date';

export function typeName(value: JiraValue): JiraTypeName {
  if (value === null) return 'Null';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'Number';
  if (typeof value === 'string') return 'String';
  if (value instanceof JiraDate) return 'Date';
  if (value instanceof JiraMap) return 'Map';
  return 'List';
}

function isPlainObject(input: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(input);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Converts a context variable from its JSON form (as the REST API and the field store hold it). `undefined`
 * and missing keys become `null`, a JavaScript `Date` becomes a Jira Date. Anything that JSON cannot hold is a
 * caller bug and throws.
 */
export function toJiraValue(input: unknown, path = 'variable'): JiraValue {
  if (input === null || input === undefined) return null;
  if (typeof input === 'boolean' || typeof input === 'number' || typeof input === 'string') return input;
  if (input instanceof Date) return new JiraDate(input.getTime());
  if (Array.isArray(input)) return input.map((item: unknown, i) => toJiraValue(item, `${path}[${i}]`));
  if (typeof input === 'object' && isPlainObject(input)) {
    const entries = new Map<string, JiraValue>();
    for (const [key, item] of Object.entries(input)) {
      if (item !== undefined) entries.set(key, toJiraValue(item, `${path}.${key}`));
    }
    return new JiraMap(entries);
  }
  throw new TypeError(`${path} is not a JSON value (${typeof input}); Jira expression variables are JSON.`);
}

/** The JSON form of a result, for callers that store or render it; a Date becomes its ISO 8601 string. */
export function toJson(value: JiraValue): unknown {
  if (value instanceof JiraDate) return new Date(value.epochMillis).toISOString();
  if (value instanceof JiraMap) {
    return Object.fromEntries([...value.entries].map(([key, item]) => [key, toJson(item)]));
  }
  if (isList(value)) return value.map(toJson);
  return value;
}
