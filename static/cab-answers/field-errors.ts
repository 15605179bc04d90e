/**
 * Puts each server field error next to its input. `field` is a dotted path from the domain
 * (src/domain/shared/field-error.ts): 'plannedWindow.end', 'affectedSystems.1', 'testing.evidenceUrl'.
 * Paths the form has no input for (e.g. 'summary', which JSM's own field owns) go to the summary at the top.
 */
import type { FieldError } from '@async-cab/shared/client';

/** The form's inputs, in the order they appear (focus goes to the first invalid one). */
export const FORM_FIELDS = [
  'affectedSystems',
  'changeType',
  'risk',
  'plannedWindow.start',
  'plannedWindow.end',
  'plannedWindow.timeZone',
  'testing.tested',
  'testing.evidenceUrl',
  'testing.reason',
  'consequenceOfNotReleasing',
  'rollbackPlan',
] as const;

export type FormField = (typeof FORM_FIELDS)[number];

export interface PlacedErrors {
  byField: Partial<Record<FormField, string>>;
  /** Messages with no input of their own, shown at the top. */
  general: string[];
}

function placeOf(path: string): FormField | null {
  const known = FORM_FIELDS.find((field) => path === field || path.startsWith(`${field}.`));
  if (known !== undefined) return known;
  // A whole-object error ('plannedWindow', 'testing') belongs to its first input.
  if (path === 'plannedWindow') return 'plannedWindow.start';
  if (path === 'testing') return 'testing.tested';
  return null;
}

export function placeFieldErrors(errors: readonly FieldError[]): PlacedErrors {
  const byField: Partial<Record<FormField, string>> = {};
  const general: string[] = [];
  for (const error of errors) {
    const place = placeOf(error.field);
    if (place === null) general.push(error.message);
    // The first message per field is the one to act on; more would crowd a narrow panel.
    else byField[place] ??= error.message;
  }
  return { byField, general };
}

export function firstInvalidField(placed: PlacedErrors): FormField | null {
  return FORM_FIELDS.find((field) => placed.byField[field] !== undefined) ?? null;
}

/** The top-level answer a form field belongs to ('plannedWindow.end' -> 'plannedWindow'). */
export function answerOf(field: FormField): string {
  return field.split('.')[0] ?? field;
}
