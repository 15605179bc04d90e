import { z } from 'zod';
import type { EditValidationContext, FieldDefinition } from '../fields/field-definition';
import {
  applyOperations,
  cannotBeSet,
  namingField,
  normalizeFieldValue,
} from '../fields/normalize-field-value';
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
 * Whether Create/Edit issue may write the field. Forge `readOnly` fields "aren't editable by users, neither through
 * the UI nor the Edit issue REST API" (…/modules/jira-custom-field/#read-only-fields); the app sets them through
 * `updateCustomFieldValue`. Jira answers such a write like any field that cannot be set (*inferred*: the docs give
 * no wording), whoever the caller is, the app included.
 */
function settable(field: FieldDefinition | undefined, mode: 'create' | 'edit'): field is FieldDefinition {
  if (field?.value === undefined || field.value.readOnly === true) return false;
  return !(mode === 'edit' && field.value.createOnly === true);
}

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
  context: Omit<EditValidationContext, 'fieldId'>,
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
    if (!settable(field, mode)) {
      errors[id] = cannotBeSet(id);
      continue;
    }
    if (id in updateObject) {
      errors[id] = `Field '${id}' cannot be set in both the fields and update sections.`;
      continue;
    }
    const normalized = normalizeFieldValue(site, field, raw);
    if (!normalized.ok) errors[id] = namingField(field, normalized.message);
    else {
      working[id] = normalized.value;
      changes.push({ field, value: normalized.value });
    }
  }
  for (const [id, operations] of Object.entries(updateObject)) {
    const field = site.fields.byId(id);
    // `update` verbs are an edit even on create: create-only fields are set through `fields` only.
    if (!settable(field, 'edit')) {
      errors[id] = cannotBeSet(id);
      continue;
    }
    const applied = applyOperations(site, field, working[id], operations);
    if (!applied.ok) errors[id] = namingField(field, applied.message);
    else {
      working[id] = applied.value;
      changes.push({ field, value: applied.value });
    }
  }
  for (const change of changes) {
    const refused = editValidationError(change.field, change.value, context);
    if (refused !== undefined) errors[change.field.id] = refused;
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

/** A Forge field's `edit.validation` on a value in its stored form (`null` when the change clears it). */
export function editValidationError(
  field: FieldDefinition,
  value: unknown,
  context: Omit<EditValidationContext, 'fieldId'>,
): string | undefined {
  const validate = field.value?.validateEdit;
  if (validate === undefined) return undefined;
  const empty = value === undefined || (Array.isArray(value) && value.length === 0);
  return validate(empty ? null : value, { ...context, fieldId: field.id });
}
