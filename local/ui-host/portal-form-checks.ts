import type { formFieldIds } from './pages/request-type-fields-html';
import { isForgeField, type RequestTypeField } from './portal-lookups';
import type { RequestFieldValues } from './ui-host-options';

/** What JSM says above the buttons when it refuses a form (a field or an app panel is invalid). */
export const FIX_THE_FORM = 'Fix the errors in the form: some fields need your attention.';

export type FormCheck =
  | { ok: true; requestFieldValues: RequestFieldValues }
  | { ok: false; message: string; fieldErrors: Record<string, string> };

function isDict(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The checks JSM's form makes before it creates anything: no create property panel may have reported
 * `isValid: false` in its last `view.submit` (forge-platform.md §2.4), and every required field of the
 * request type must have a value (whitespace is no value, as Jira trims Summary). Forge-owned fields are
 * validated by their app, not here.
 */
export function checkPortalForm(
  fields: RequestTypeField[],
  entered: Record<string, string>,
  panelPayloads: unknown[],
): FormCheck {
  const fieldErrors: Record<string, string> = {};
  for (const field of fields) {
    if (isForgeField(field) || field.visible === false) continue;
    if (field.required && (entered[field.fieldId] ?? '').trim() === '') {
      fieldErrors[field.fieldId] = `${field.name} is required.`;
    }
  }
  const panelInvalid = panelPayloads.some((payload) => isDict(payload) && payload['isValid'] === false);
  if (panelInvalid || Object.keys(fieldErrors).length > 0) {
    return { ok: false, message: FIX_THE_FORM, fieldErrors };
  }
  const offered = new Set(fields.map((field) => field.fieldId));
  const value = (id: (typeof formFieldIds)[number]) => (offered.has(id) ? (entered[id] ?? '') : '');
  const description = value('description');
  // JSM leaves an empty optional text field out of the request instead of storing "".
  return {
    ok: true,
    requestFieldValues:
      description.trim() === '' ? { summary: value('summary') } : { summary: value('summary'), description },
  };
}
