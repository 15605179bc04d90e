import { z } from 'zod';
import { applyOperations, cannotBeSet, normalizeFieldValue } from '../fields/normalize-field-value';
import type { JiraSite } from '../jira-site';
import type { StoredFields } from '../store/issues-store';
import type { FieldChange } from './issue-mutations';

const ObjectSchema = z.record(z.string(), z.unknown());

export interface CollectedChanges {
  changes: FieldChange[];
  errors: Record<string, string>;
}

/** An absent section reads as empty; `null` marks a section that is not a JSON object. */
function asObject(raw: unknown): Record<string, unknown> | null {
  if (raw === undefined) return {};
  const parsed = ObjectSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Fields Jira handles outside the generic path on create (project, issue type). */
const CREATE_ENVELOPE = new Set(['project', 'issuetype']);

/**
 * Validates `fields` and `update` of a create or edit body into stored-form changes. Jira reports every bad
 * field at once as `errors: {fieldId: message}` with status 400 (OpenAPI `ErrorCollection`).
 */
export function collectFieldChanges(
  site: JiraSite,
  current: StoredFields,
  fieldsRaw: unknown,
  updateRaw: unknown,
  mode: 'create' | 'edit',
): CollectedChanges {
  const errors: Record<string, string> = {};
  const changes: FieldChange[] = [];
  const fieldsObject = asObject(fieldsRaw);
  const updateObject = asObject(updateRaw);
  if (fieldsObject === null || updateObject === null) {
    return {
      changes,
      errors: { [fieldsObject === null ? 'fields' : 'update']: 'Field value must be an object' },
    };
  }
  const working: StoredFields = { ...current };
  for (const [id, raw] of Object.entries(fieldsObject)) {
    if (mode === 'create' && CREATE_ENVELOPE.has(id)) continue;
    const field = site.fields.byId(id);
    if (
      field === undefined ||
      field.value === undefined ||
      (mode === 'edit' && field.value.createOnly === true)
    ) {
      errors[id] = cannotBeSet(id);
      continue;
    }
    if (id in updateObject) {
      errors[id] = `Field '${id}' cannot be set in both the fields and update sections.`;
      continue;
    }
    const normalized = normalizeFieldValue(site, field, raw);
    if (!normalized.ok) errors[id] = normalized.message;
    else {
      working[id] = normalized.value;
      changes.push({ field, value: normalized.value });
    }
  }
  for (const [id, operations] of Object.entries(updateObject)) {
    const field = site.fields.byId(id);
    if (field === undefined || field.value === undefined || field.value.createOnly === true) {
      errors[id] = cannotBeSet(id);
      continue;
    }
    const applied = applyOperations(site, field, working[id], operations);
    if (!applied.ok) errors[id] = applied.message;
    else {
      working[id] = applied.value;
      changes.push({ field, value: applied.value });
    }
  }
  const summary = working['summary'];
  if (mode === 'create' && (typeof summary !== 'string' || summary.trim() === '')) {
    errors['summary'] = 'You must specify a summary of the issue.';
  } else if (typeof summary === 'string' && summary.length > 255) {
    errors['summary'] = 'Summary must be less than 255 characters.';
  } else if (
    mode === 'edit' &&
    'summary' in working &&
    (typeof summary !== 'string' || summary.trim() === '')
  ) {
    errors['summary'] = 'You must specify a summary of the issue.';
  }
  return { changes, errors };
}
