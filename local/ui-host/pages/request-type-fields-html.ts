import { escapeHtml } from '../html-escape';
import { isForgeField, type RequestTypeField } from '../portal-lookups';

/** The request type fields the local form can render itself; the ids the Create button sends (rest-shapes.md §1.1). */
export const formFieldIds = ['summary', 'description'] as const;

/** Element ids the browser script and the tests find a field's control and its error under. */
export const fieldControlId = (fieldId: string) => `acab-field-${fieldId}`;
export const fieldErrorId = (fieldId: string) => `acab-field-${fieldId}-error`;

function control(field: RequestTypeField, describedBy: string): string {
  const id = fieldControlId(field.fieldId);
  const common =
    `id="${escapeHtml(id)}" name="${escapeHtml(field.fieldId)}" data-acab-field="${escapeHtml(field.fieldId)}"` +
    ` data-label="${escapeHtml(field.name)}" aria-describedby="${escapeHtml(describedBy)}"` +
    (field.required ? ' required aria-required="true"' : '');
  // JSM renders Summary as a one-line text field and Description as a multi-line editor.
  return field.fieldId === 'description'
    ? `<textarea ${common}></textarea>`
    : `<input type="text" ${common} maxlength="255" autocomplete="off">`;
}

function fieldHtml(field: RequestTypeField): string {
  const errorId = fieldErrorId(field.fieldId);
  const helpId = `${fieldControlId(field.fieldId)}-help`;
  const marker = field.required ? '<span class="required" aria-hidden="true">*</span>' : '';
  const help =
    field.description !== undefined && field.description !== ''
      ? `<p class="field-help" id="${escapeHtml(helpId)}">${escapeHtml(field.description)}</p>`
      : '';
  const supported = formFieldIds.some((id) => id === field.fieldId);
  const input = supported
    ? control(field, `${help ? `${helpId} ` : ''}${errorId}`)
    : `<p class="field-help">The local host cannot render the field type of ${escapeHtml(field.fieldId)}.</p>`;
  return `<div class="field" data-field-id="${escapeHtml(field.fieldId)}">
<label for="${escapeHtml(fieldControlId(field.fieldId))}">${escapeHtml(field.name)}${marker}</label>
${input}
${help}
<p class="field-error" id="${escapeHtml(errorId)}" role="alert" hidden></p>
</div>`;
}

/**
 * The request type's own fields, as JSM's form shows them above the apps' create property panels: label,
 * required marker, control, help text (the field's `description`) and an error slot. Hidden fields and
 * Forge-owned fields (rendered by their app) are left out.
 */
export function requestTypeFieldsHtml(fields: RequestTypeField[]): string {
  return fields
    .filter((field) => field.visible !== false && !isForgeField(field))
    .map(fieldHtml)
    .join('\n');
}
