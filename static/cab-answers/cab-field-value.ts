/**
 * A CAB field's stored value, read from what Jira hands a field experience (`extension.fieldValue`, typed
 * loosely by the bridge). The shapes are the manifest's field types and object schemas (CabFieldValueMap);
 * a value of another shape (written around Jira's validation, or by an older version) is reported as
 * unreadable rather than guessed at, so the view can still show it and the editor can start afresh.
 */
import type { CabFieldKey, CabFieldValueMap } from '@async-cab/shared/client';

/** One field together with its value, so code that switches on the field gets the value's type. */
export type CabFieldEntry = { [K in CabFieldKey]: { field: K; value: CabFieldValueMap[K] } }[CabFieldKey];

export type ReadFieldValue =
  { kind: 'empty' } | { kind: 'value'; entry: CabFieldEntry } | { kind: 'unreadable'; raw: unknown };

function get(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const found: unknown = Reflect.get(value, key);
  return found;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const CHANGE_TYPES = ['standard', 'normal', 'emergency'] as const;
const RISKS = ['low', 'medium', 'high', 'critical'] as const;

function oneOf<T extends string>(choices: readonly T[], value: unknown): T | null {
  return choices.find((choice) => choice === value) ?? null;
}

function textOf(raw: unknown): { text: string } | null {
  const text = get(raw, 'text');
  return isString(text) ? { text } : null;
}

function changeWindowOf(raw: unknown): CabFieldValueMap['changeWindow'] | null {
  const start = get(raw, 'start');
  const end = get(raw, 'end');
  const timeZone = get(raw, 'timeZone');
  return isString(start) && isString(end) && isString(timeZone) ? { start, end, timeZone } : null;
}

function testEvidenceOf(raw: unknown): CabFieldValueMap['testEvidence'] | null {
  const tested = get(raw, 'tested');
  const evidenceUrl = get(raw, 'evidenceUrl');
  const reason = get(raw, 'reason');
  if (tested === true && isString(evidenceUrl)) return { tested: true, evidenceUrl };
  if (tested === false && isString(reason)) return { tested: false, reason };
  return null;
}

function pullRequestOf(raw: unknown): CabFieldValueMap['linkedPullRequest'] | null {
  const repository = get(raw, 'repository');
  const number = get(raw, 'number');
  const url = get(raw, 'url');
  const headSha = get(raw, 'headSha');
  const mergeSha = get(raw, 'mergeSha');
  if (!isString(repository) || typeof number !== 'number' || !isString(url) || !isString(headSha))
    return null;
  return { repository, number, url, headSha, ...(isString(mergeSha) ? { mergeSha } : {}) };
}

function entryOf(field: CabFieldKey, raw: unknown): CabFieldEntry | null {
  switch (field) {
    case 'affectedSystems':
      return Array.isArray(raw) && raw.every(isString) ? { field, value: raw } : null;
    case 'changeType': {
      const value = oneOf(CHANGE_TYPES, raw);
      return value === null ? null : { field, value };
    }
    case 'risk': {
      const value = oneOf(RISKS, raw);
      return value === null ? null : { field, value };
    }
    case 'changeWindow': {
      const value = changeWindowOf(raw);
      return value === null ? null : { field, value };
    }
    case 'testEvidence': {
      const value = testEvidenceOf(raw);
      return value === null ? null : { field, value };
    }
    case 'consequence':
    case 'rollbackPlan': {
      const value = textOf(raw);
      return value === null ? null : { field, value };
    }
    case 'linkedPullRequest': {
      const value = pullRequestOf(raw);
      return value === null ? null : { field, value };
    }
  }
}

/** Whether a stored value says "not answered": null, an empty list, or blank text. */
function isEmpty(raw: unknown): boolean {
  if (raw === null || raw === undefined || raw === '') return true;
  if (Array.isArray(raw)) return raw.length === 0;
  if (isObject(raw) && Object.keys(raw).length === 0) return true;
  const text = get(raw, 'text');
  return isObject(raw) && Object.keys(raw).length === 1 && isString(text) && text.trim() === '';
}

export function readCabFieldValue(field: CabFieldKey, raw: unknown): ReadFieldValue {
  if (isEmpty(raw)) return { kind: 'empty' };
  const entry = entryOf(field, raw);
  return entry === null ? { kind: 'unreadable', raw } : { kind: 'value', entry };
}
