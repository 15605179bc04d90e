/**
 * Which error the completion form shows next to each field: what submitAnswers refused, plus the invalid
 * answers the change request already had. An error is hidden once the person changes that answer (it may
 * no longer hold), as on the request forms, so it never points at text that was already fixed.
 */
import type { AnswerProblemView, FieldError } from '@async-cab/shared/client';
import { firstInvalidField, placeFieldErrors, type FormField } from '../../cab-answers/field-errors';
import type { ChangeRequestAnswers } from '../../cab-answers/form-state';

/** A resolver may name paths of its payload (`answers.plannedWindow.end`); the form knows the answers' own. */
export function answerFieldErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.map((error) =>
    error.field.startsWith('answers.') ? { ...error, field: error.field.slice('answers.'.length) } : error,
  );
}

/**
 * Saved answers that are wrong go next to their fields from the start. Missing ones stay in the list above
 * the form only: every empty field marked red before the person has typed anything reads as a scolding.
 */
export function invalidAnswerErrors(problems: readonly AnswerProblemView[]): FieldError[] {
  return problems
    .filter((problem) => problem.kind === 'invalid')
    .map((problem) => ({ field: problem.field, code: 'invalid', message: problem.message }));
}

const ANSWER_OF_FIELD: Record<FormField, keyof ChangeRequestAnswers> = {
  affectedSystems: 'affectedSystems',
  changeType: 'changeType',
  risk: 'risk',
  'plannedWindow.start': 'plannedWindow',
  'plannedWindow.end': 'plannedWindow',
  'plannedWindow.timeZone': 'plannedWindow',
  'testing.tested': 'testing',
  'testing.evidenceUrl': 'testing',
  'testing.reason': 'testing',
  consequenceOfNotReleasing: 'consequenceOfNotReleasing',
  rollbackPlan: 'rollbackPlan',
};

/** True while the answer a field belongs to is what it was when its error was found. */
export function errorStillApplies(
  field: FormField,
  checked: ChangeRequestAnswers,
  current: ChangeRequestAnswers,
): boolean {
  const answer = ANSWER_OF_FIELD[field];
  return JSON.stringify(checked[answer]) === JSON.stringify(current[answer]);
}

/** The form input a problem belongs to (whole answers go to their first input), or null (e.g. summary). */
export function problemFormField(problem: AnswerProblemView): FormField | null {
  const placed = placeFieldErrors([{ field: problem.field, code: problem.kind, message: problem.message }]);
  return firstInvalidField(placed);
}
