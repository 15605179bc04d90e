/** DOM ids of the form's inputs, so errors can be linked to them and focus can move to the first invalid one. */
import type { FormField } from './field-errors';

export function fieldId(field: FormField): string {
  return `cr-${field.replace('.', '-')}`;
}

/** Moves focus to the field's input, or to the first input inside its group. */
export function focusField(field: FormField): void {
  const element = document.getElementById(fieldId(field));
  if (element === null) return;
  const target =
    element instanceof HTMLFieldSetElement
      ? element.querySelector<HTMLElement>('input:not([disabled]), select, textarea, button')
      : element;
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}
