/**
 * The requester's "complete your answers" form: the CAB questions (the same widgets as every other channel),
 * prefilled with what the change request already has, submitted with submitAnswers. The server validates
 * with the domain and routes; its field errors go next to their fields and focus moves to the first one.
 */
import { useState } from 'react';
import type {
  AnswersView,
  CabFieldOptionsView,
  FieldError,
  ResolverError,
  SubmitAnswersView,
} from '@async-cab/shared/client';
import { Button, SectionMessage } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { ChangeRequestFields } from '../../cab-answers/change-request-fields';
import { firstInvalidField, placeFieldErrors, type FormField } from '../../cab-answers/field-errors';
import { focusField } from '../../cab-answers/field-ids';
import { labelsWithErrors, listInWords } from '../../cab-answers/field-labels';
import { answersOf, type ChangeRequestAnswers, type FormState } from '../../cab-answers/form-state';
import { answerFieldErrors, errorStillApplies, invalidAnswerErrors } from './answers-form-errors';
import { formStateFromAnswers } from './answers-form-state';

/** Errors, and the answers they were found in (an error hides once its answer changes). */
interface FoundErrors {
  errors: FieldError[];
  checked: ChangeRequestAnswers;
}

export function AnswersForm(props: {
  view: AnswersView;
  options: CabFieldOptionsView;
  onSubmitted: (result: SubmitAnswersView) => void;
}) {
  const { view } = props;
  // The request type decides whether it is an emergency, not the policy-wide options.
  const options = { ...props.options, emergency: view.emergency };
  const [start] = useState(() => formStateFromAnswers(view.answers, options.defaultTimeZone, view.emergency));
  const [state, setState] = useState<FormState>(start);
  const [found, setFound] = useState<FoundErrors>(() => ({
    errors: invalidAnswerErrors(view.problems),
    checked: answersOf(start),
  }));
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  const current = answersOf(state);
  const placed = placeFieldErrors(found.errors);
  const errorOf = (field: FormField): string | undefined =>
    errorStillApplies(field, found.checked, current) ? placed.byField[field] : undefined;
  const update = (patch: Partial<FormState>) => {
    setState((previous) => ({ ...previous, ...patch }));
  };

  const submit = async () => {
    const sent = answersOf(state);
    setBusy(true);
    setFailure(null);
    const answer = await contract.submitAnswers({ issueKey: view.issueKey, answers: sent });
    setBusy(false);
    if (answer.ok) {
      setFound({ errors: [], checked: sent });
      props.onSubmitted(answer.value);
      return;
    }
    const fieldErrors = answerFieldErrors(answer.error.fieldErrors ?? []);
    setFound({ errors: fieldErrors, checked: sent });
    setFailure(answer.error);
    const first = firstInvalidField(placeFieldErrors(fieldErrors));
    if (first !== null) focusField(first);
  };

  return (
    <form
      className="cr-form ak-stack"
      noValidate
      aria-label="Your answers"
      data-testid="answers-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {failure === null ? null : (
        <SectionMessage appearance="error" title="Not submitted yet" testId="answers-failure">
          <p className="rs-note" data-testid="answers-failure-message">
            {failure.message}
          </p>
          {labelsWithErrors(placed).length === 0 ? null : (
            <p className="rs-note" data-testid="answers-failure-fields">
              Check {listInWords(labelsWithErrors(placed))}: each says what is wrong next to it.
            </p>
          )}
          {placed.general.length === 0 ? null : (
            <ul className="rs-list">
              {placed.general.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </SectionMessage>
      )}
      <ChangeRequestFields
        state={state}
        options={options}
        update={update}
        errorOf={errorOf}
        windowError={(which) => errorOf(which === 'start' ? 'plannedWindow.start' : 'plannedWindow.end')}
        // Errors come from submitting (and from the saved answers), not from leaving fields.
        leave={() => undefined}
        issueKey={view.issueKey}
      />
      <div className="ak-row">
        <Button type="submit" appearance="primary" disabled={busy} testId="answers-submit">
          {busy ? 'Submitting…' : 'Submit for approval'}
        </Button>
      </div>
    </form>
  );
}
