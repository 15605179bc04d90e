/**
 * Each form input by the label people see next to it, so a form that refuses its answers can say which
 * ones need attention ("Affected systems, Planned window end and Rollback plan") rather than "some".
 */
import type { FormField, PlacedErrors } from './field-errors';
import { FORM_FIELDS } from './field-errors';

export const FORM_FIELD_LABELS: Record<FormField, string> = {
  affectedSystems: 'Affected systems',
  changeType: 'Change type',
  risk: 'Risk',
  'plannedWindow.start': 'Planned window start',
  'plannedWindow.end': 'Planned window end',
  'plannedWindow.timeZone': 'Planned window time zone',
  'testing.tested': 'Tested',
  'testing.evidenceUrl': 'Link to the test evidence',
  'testing.reason': 'Why it was not tested',
  consequenceOfNotReleasing: 'Consequence of not releasing now',
  rollbackPlan: 'Rollback plan',
};

/** The labels of the inputs with a message, in the order the form shows them. */
export function labelsWithErrors(placed: PlacedErrors): string[] {
  return FORM_FIELDS.filter((field) => placed.byField[field] !== undefined).map(
    (field) => FORM_FIELD_LABELS[field],
  );
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
