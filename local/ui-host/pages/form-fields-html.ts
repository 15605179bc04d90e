/**
 * The fields of a request type on a create form (the portal's "Raise a request" and the agent's Create),
 * in the order JSM lists them (`GET …/requesttype/{id}/field`): label, required marker, control, help text (the
 * field's `description`) and an error slot. JSM's own text fields are host controls; each Forge field is its
 * app's edit UI, where the manifest lists the experience.
 */
import { evaluateDisplayCondition, type ConditionFacts } from '../display-conditions';
import { appRendersField, fieldFrame, type FieldPlace, type ForgeFieldSlot } from '../field-frames';
import { escapeHtml } from '../html-escape';
import { isForgeField, type RequestTypeField } from '../portal-lookups';
import { extensionAri } from '../ui-module-catalog';
import type { PageContext } from './page-context';

/** Element ids the browser script and the tests find a field's control and its error under. */
export const fieldControlId = (fieldId: string) => `acab-field-${fieldId}`;
export const fieldErrorId = (fieldId: string) => `acab-field-${fieldId}-error`;

const TEXTAREA_TYPE = 'com.atlassian.jira.plugin.system.customfieldtypes:textarea';

export interface FormFieldsOptions {
  experience: 'portal-request' | 'issue-create';
  /** Where the form is, for the frames' context (no issue yet). */
  place: Omit<FieldPlace, 'experience' | 'place' | 'issue'> & { place: string };
  /**
   * Custom field display conditions "work only on the issue view, and the global issue create (GIC) form"
   * (jira-custom-field module page): the agent create page passes its facts, the portal none.
   */
  conditionFacts?: ConditionFacts;
}

function controlAttributes(
  field: RequestTypeField,
  describedBy: string,
  valueType: 'string' | 'number',
): string {
  return (
    `id="${escapeHtml(fieldControlId(field.fieldId))}" name="${escapeHtml(field.fieldId)}"` +
    ` data-acab-field="${escapeHtml(field.fieldId)}" data-label="${escapeHtml(field.name)}"` +
    ` data-value-type="${valueType}" aria-describedby="${escapeHtml(describedBy)}"` +
    (field.required ? ' required aria-required="true"' : '')
  );
}

/** A host control: JSM renders Summary as a one-line text field, Description (and text areas) multi-line. */
function hostControl(field: RequestTypeField, describedBy: string, valueType: 'string' | 'number'): string {
  const attributes = controlAttributes(field, describedBy, valueType);
  if (field.fieldId === 'description' || field.jiraSchema?.custom === TEXTAREA_TYPE) {
    return `<textarea ${attributes}></textarea>`;
  }
  const input = valueType === 'number' ? 'type="text" inputmode="decimal"' : 'type="text"';
  return `<input ${input} ${attributes} maxlength="255" autocomplete="off">`;
}

function wrap(field: RequestTypeField, inner: string, help: string, labelFor: string | undefined): string {
  const marker = field.required ? '<span class="required" aria-hidden="true">*</span>' : '';
  const label =
    labelFor === undefined
      ? `<span class="field-label" id="${escapeHtml(fieldControlId(field.fieldId))}-label">${escapeHtml(field.name)}${marker}</span>`
      : `<label for="${escapeHtml(labelFor)}">${escapeHtml(field.name)}${marker}</label>`;
  return `<div class="field" data-field-id="${escapeHtml(field.fieldId)}" data-label="${escapeHtml(field.name)}" data-required="${field.required ? 'true' : 'false'}">
${label}
${inner}
${help}
<p class="field-error" id="${escapeHtml(fieldErrorId(field.fieldId))}" role="alert" hidden></p>
</div>`;
}

function helpOf(field: RequestTypeField): { html: string; id: string | undefined } {
  if (field.description === undefined || field.description === '') return { html: '', id: undefined };
  const id = `${fieldControlId(field.fieldId)}-help`;
  return { html: `<p class="field-help" id="${escapeHtml(id)}">${escapeHtml(field.description)}</p>`, id };
}

function jsmField(field: RequestTypeField): string {
  const help = helpOf(field);
  const describedBy = `${help.id === undefined ? '' : `${help.id} `}${fieldErrorId(field.fieldId)}`;
  const type = field.jiraSchema?.type;
  if (type !== 'string' && field.fieldId !== 'summary' && field.fieldId !== 'description') {
    return wrap(
      field,
      `<p class="field-help">The local host cannot render the field type of ${escapeHtml(field.fieldId)}.</p>`,
      help.html,
      undefined,
    );
  }
  return wrap(field, hostControl(field, describedBy, 'string'), help.html, fieldControlId(field.fieldId));
}

/**
 * A Forge field without the app's UI on this form gets "the default editing experience appropriate for the
 * field's data type" (jira-custom-field, "Rendering hierarchy"); the host has built-in editors for single
 * string and number values only, and shows the others as not editable here (harsher than Jira, never kinder).
 */
function defaultForgeEditor(field: RequestTypeField, slot: ForgeFieldSlot): string {
  const help = helpOf(field);
  const single = slot.field.collection === 'none';
  if (single && (slot.field.type === 'string' || slot.field.type === 'number')) {
    const describedBy = `${help.id === undefined ? '' : `${help.id} `}${fieldErrorId(field.fieldId)}`;
    return wrap(
      field,
      hostControl(field, describedBy, slot.field.type),
      help.html,
      fieldControlId(field.fieldId),
    );
  }
  return wrap(field, '<p class="field-help">This field cannot be edited here.</p>', help.html, undefined);
}

function forgeField(
  ctx: PageContext,
  field: RequestTypeField,
  slot: ForgeFieldSlot,
  options: FormFieldsOptions,
): string {
  // "Read-only fields won't be rendered on Jira Cloud issue create or transition screens, or Jira Service
  // Management portal requests" (jira-custom-field, "Read-only fields").
  if (slot.field.readOnly) return '';
  if (
    options.conditionFacts !== undefined &&
    slot.field.displayConditions !== undefined &&
    !evaluateDisplayCondition(slot.field.displayConditions, options.conditionFacts)
  ) {
    return '';
  }
  if (!appRendersField(ctx, slot.field, 'edit', options.experience)) return defaultForgeEditor(field, slot);
  const help = helpOf(field);
  const frame = fieldFrame(ctx, slot, 'edit', null, {
    ...options.place,
    experience: options.experience,
    place: `${options.place.place}-${field.fieldId}`,
  });
  return wrap(
    field,
    `<div class="field-frame" data-required="${field.required ? 'true' : 'false'}">${frame}</div>`,
    help.html,
    undefined,
  );
}

/** The form's fields; hidden fields are left out, as JSM's form does. */
export function formFieldsHtml(
  ctx: PageContext,
  fields: RequestTypeField[],
  options: FormFieldsOptions,
): string {
  return fields
    .filter((field) => field.visible !== false)
    .map((field) => {
      if (!isForgeField(field)) return jsmField(field);
      const module = ctx.catalog.fields.find(
        (f) => extensionAri(ctx.catalog.appId, ctx.environmentId, f.key) === field.jiraSchema?.custom,
      );
      // Another app's field: its UI is not this host's to render.
      if (module === undefined) {
        return wrap(field, '<p class="field-help">Another app renders this field.</p>', '', undefined);
      }
      return forgeField(ctx, field, { field: module, fieldId: field.fieldId }, options);
    })
    .join('\n');
}
