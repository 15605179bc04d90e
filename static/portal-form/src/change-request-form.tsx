/**
 * The CAB questions on the portal's "Raise a request" page. JSM renders Summary and Description itself;
 * this panel owns the rest and hands JSM one `changeRequest` answers object plus whether it is valid.
 * Errors appear once a field has been left (or after "Check my answers"), so the person is not scolded for
 * questions they have not reached yet; JSM's Create stays refused while isValid is false.
 */
import { useCallback, useState } from 'react';
import type {
  FieldError,
  PortalFormOptionsView,
  ResolverResult,
  ValidationView,
} from '@async-cab/shared/client';
import { Button, SectionMessage } from '../../ui-kit/components';
import { ChangeRequestFields } from './change-request-fields';
import { answerOf, firstInvalidField, FORM_FIELDS, placeFieldErrors, type FormField } from './field-errors';
import { focusField } from './field-ids';
import { answersOf, initialFormState, type ChangeRequestAnswers, type FormState } from './form-state';
import { useLiveValidation } from './use-live-validation';
import { WhatHappensNext } from './what-happens-next';

export interface ChangeRequestFormProps {
  options: PortalFormOptionsView;
  validate: (answers: ChangeRequestAnswers) => Promise<ResolverResult<ValidationView>>;
  submit: (answers: ChangeRequestAnswers, isValid: boolean) => void;
}

/** The server cannot know which half of a date + time is missing; the form can, and says it plainly. */
function incompleteWindowMessage(date: string, time: string, which: 'start' | 'end'): string | undefined {
  if (date === '' && time === '') return `Enter the ${which} date and time.`;
  if (date === '') return `Enter the ${which} date.`;
  if (time === '') return `Enter the ${which} time.`;
  return undefined;
}

export function ChangeRequestForm(props: ChangeRequestFormProps) {
  const [state, setState] = useState<FormState>(() =>
    initialFormState(props.options.defaultTimeZone, props.options.emergency),
  );
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [checkedOnRequest, setCheckedOnRequest] = useState<string | null>(null);
  const answers = answersOf(state);
  const validation = useLiveValidation(answers, props.validate, props.submit);
  const placed = placeFieldErrors(validation.fieldErrors);

  const update = (patch: Partial<FormState>) => {
    setCheckedOnRequest(null);
    setState((previous) => ({ ...previous, ...patch }));
  };
  const { validateNow } = validation;
  const leave = useCallback(
    (...fields: FormField[]) => {
      setTouched((previous) => new Set([...previous, ...fields]));
      void validateNow();
    },
    [validateNow],
  );

  // An error found in older answers is hidden once the person changes that answer: it may no longer hold,
  // and showing it would shift the layout under their pointer until the next reply.
  const current = (field: FormField): boolean => {
    const root = answerOf(field);
    const checked = validation.checkedAnswers;
    return (
      checked !== null &&
      JSON.stringify(Reflect.get(checked, root)) === JSON.stringify(Reflect.get(answers, root))
    );
  };
  const visible = (field: FormField): string | undefined =>
    (showAll || touched.has(field)) && current(field) ? placed.byField[field] : undefined;
  const windowError = (which: 'start' | 'end'): string | undefined => {
    const field: FormField = which === 'start' ? 'plannedWindow.start' : 'plannedWindow.end';
    const message = visible(field);
    if (message === undefined) return undefined;
    const date = which === 'start' ? state.startDate : state.endDate;
    const time = which === 'start' ? state.startTime : state.endTime;
    return incompleteWindowMessage(date, time, which) ?? message;
  };

  const checkAnswers = async () => {
    setShowAll(true);
    setTouched(new Set(FORM_FIELDS));
    const errors: FieldError[] | null = await validateNow();
    if (errors === null) return;
    const first = firstInvalidField(placeFieldErrors(errors));
    if (first === null) setCheckedOnRequest('Your answers are complete. Press Create to raise the request.');
    else focusField(first);
  };

  const needsAttention = FORM_FIELDS.filter(
    (field) => placed.byField[field] !== undefined && current(field),
  ).length;
  const showGeneral = (showAll || touched.size > 0) && placed.general.length > 0;

  return (
    <form
      className="cr-form ak-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void checkAnswers();
      }}
    >
      {validation.failure === null ? null : (
        <SectionMessage
          appearance="error"
          title="Your answers could not be checked"
          testId="validation-failure"
        >
          <p className="cr-note">{validation.failure}</p>
          <Button
            onClick={() => {
              void validateNow();
            }}
          >
            Try again
          </Button>
        </SectionMessage>
      )}
      {showGeneral ? (
        <SectionMessage appearance="error" title="Some answers need attention" testId="general-errors">
          <ul className="cr-list">
            {placed.general.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </SectionMessage>
      ) : null}
      <ChangeRequestFields
        state={state}
        options={props.options}
        update={update}
        errorOf={visible}
        windowError={windowError}
        leave={leave}
      />
      <div className="cr-footer">
        <Button type="submit" testId="check-answers">
          Check my answers
        </Button>
        <span className="cr-status" role="status" data-testid="form-status">
          {validation.checking ? (
            <span className="ak-row">
              <span className="ak-spinner" aria-hidden="true" />
              Checking your answers…
            </span>
          ) : validation.isValid ? (
            (checkedOnRequest ?? 'All answers are complete.')
          ) : needsAttention > 0 && (showAll || touched.size > 0) ? (
            `${String(needsAttention)} ${needsAttention === 1 ? 'answer needs' : 'answers need'} attention.`
          ) : (
            'Answer every question marked * to create the request.'
          )}
        </span>
      </div>
      <WhatHappensNext emergency={props.options.emergency} />
    </form>
  );
}
