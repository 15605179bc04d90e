/**
 * Hands the answers to JSM's create form. JSM stores `fields[].value` as an issue property keyed by the app
 * id when the request is created, and keeps Create refused while `isValid` is false (forge-platform.md §2.4).
 */
import { view } from '@forge/bridge';
import type { ChangeRequestAnswers } from './form-state';

export const ANSWERS_FIELD_KEY = 'changeRequest';

export function submitToJsm(answers: ChangeRequestAnswers, isValid: boolean): void {
  view.submit({ fields: [{ key: ANSWERS_FIELD_KEY, value: answers }], isValid }).catch((error: unknown) => {
    // Outside the portal create form the bridge refuses ("not submittable"); nothing to show the person.
    console.warn('view.submit was refused', error);
  });
}
