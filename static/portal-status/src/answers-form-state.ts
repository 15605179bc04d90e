/**
 * The completion form starts from the answers the change request already has (what GitHub or another channel
 * filled in): the saved instants are shown as wall-clock date and time in the window's own time zone, so
 * the person sees what they (or the draft) planned, and submitting unchanged answers sends the same instants.
 */
import type { ChangeRequestAnswersView } from '@async-cab/shared/client';
import { initialFormState, type FormState } from '../../cab-answers/form-state';
import { isKnownTimeZone, localDateAndTimeOf } from '../../ui-kit/time-zones';

export function formStateFromAnswers(
  answers: Partial<ChangeRequestAnswersView>,
  defaultTimeZone: string,
  emergency: boolean,
): FormState {
  const window = answers.plannedWindow;
  const timeZone =
    window !== undefined && isKnownTimeZone(window.timeZone) ? window.timeZone : defaultTimeZone;
  const start = window === undefined ? null : localDateAndTimeOf(window.start, timeZone);
  const end = window === undefined ? null : localDateAndTimeOf(window.end, timeZone);
  const { testing } = answers;
  return {
    ...initialFormState(defaultTimeZone, emergency),
    affectedSystems: answers.affectedSystems ?? [],
    // On an emergency request type the type decides the route, whatever was saved.
    changeType: emergency ? 'emergency' : (answers.changeType ?? null),
    risk: answers.risk ?? null,
    startDate: start?.date ?? '',
    startTime: start?.time ?? '',
    endDate: end?.date ?? '',
    endTime: end?.time ?? '',
    timeZone,
    tested: testing?.tested ?? null,
    evidenceUrl: testing?.tested === true ? testing.evidenceUrl : '',
    notTestedReason: testing?.tested === false ? testing.reason : '',
    consequenceOfNotReleasing: answers.consequenceOfNotReleasing ?? '',
    rollbackPlan: answers.rollbackPlan ?? '',
  };
}
