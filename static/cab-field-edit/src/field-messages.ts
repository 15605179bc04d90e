/**
 * The domain's messages for one field, under the part of the control they concern. validateCabField
 * answers paths inside the field's value ('end', 'evidenceUrl', 'text', '0', ''); the answer widgets are
 * addressed by the request form's paths ('plannedWindow.end', 'testing.evidenceUrl'), so each path is
 * prefixed with the form's name for the field and placed by cab-answers/field-errors.ts.
 */
import type { CabAnswerFieldKey, FieldError } from '@async-cab/shared/client';
import { placeFieldErrors, type FormField, type PlacedErrors } from '../../cab-answers/field-errors';
import type { FormState } from '../../cab-answers/form-state';
import { incompleteWindowMessage } from '../../cab-answers/incomplete-window-message';

/** The request form's name for each field's answer. */
const FORM_ANSWER: Record<CabAnswerFieldKey, string> = {
  affectedSystems: 'affectedSystems',
  changeType: 'changeType',
  risk: 'risk',
  changeWindow: 'plannedWindow',
  testEvidence: 'testing',
  consequence: 'consequenceOfNotReleasing',
  rollbackPlan: 'rollbackPlan',
};

/** The inputs each field's control has, in the order they appear (focus goes to the first invalid). */
export const FIELD_PARTS: Record<CabAnswerFieldKey, readonly FormField[]> = {
  affectedSystems: ['affectedSystems'],
  changeType: ['changeType'],
  risk: ['risk'],
  changeWindow: ['plannedWindow.start', 'plannedWindow.end', 'plannedWindow.timeZone'],
  testEvidence: ['testing.tested', 'testing.evidenceUrl', 'testing.reason'],
  consequence: ['consequenceOfNotReleasing'],
  rollbackPlan: ['rollbackPlan'],
};

/** 'end' -> 'plannedWindow.end'; the text fields' `{ text }` wrapper is not a part of their control. */
export function formPathOf(field: CabAnswerFieldKey, valuePath: string): string {
  const answer = FORM_ANSWER[field];
  const inner =
    field === 'consequence' || field === 'rollbackPlan' ? valuePath.replace(/^text\b\.?/, '') : valuePath;
  return inner === '' ? answer : `${answer}.${inner}`;
}

export function fieldMessages(
  field: CabAnswerFieldKey,
  errors: readonly FieldError[],
  state: FormState,
): PlacedErrors {
  const placed = placeFieldErrors(
    errors.map((error) => ({ ...error, field: formPathOf(field, error.field) })),
  );
  const byField: PlacedErrors['byField'] = {};
  const general = [...placed.general];
  for (const [part, message] of Object.entries(placed.byField)) {
    const own = FIELD_PARTS[field].find((candidate) => candidate === part);
    // A message for another field's input (the domain checked more than asked) still gets shown.
    if (own === undefined) general.push(message);
    else byField[own] = message;
  }
  if (field === 'changeWindow') {
    // "Enter the end time" says more than the domain's "'' is not a date and time".
    for (const which of ['start', 'end'] as const) {
      const part = which === 'start' ? 'plannedWindow.start' : 'plannedWindow.end';
      const date = which === 'start' ? state.startDate : state.endDate;
      const time = which === 'start' ? state.startTime : state.endTime;
      if (byField[part] !== undefined)
        byField[part] = incompleteWindowMessage(date, time, which) ?? byField[part];
    }
  }
  return { byField, general };
}

/** The first part with a message, in the order the control shows them. */
export function firstInvalidPart(field: CabAnswerFieldKey, placed: PlacedErrors): FormField | null {
  return FIELD_PARTS[field].find((part) => placed.byField[part] !== undefined) ?? null;
}
