/**
 * "Complete and submit" for a CR drafted from a pull request (issue 5 §3): the developer answers what only
 * a person can (change type, risk, window, testing, consequence, rollback) with the portal form's own field
 * components, starting from what GitHub told the app. The server validates with the domain and routes.
 */
import { useState } from 'react';
import type { DraftView, FieldError, PortalFormOptionsView, SubmitDraftView } from '@async-cab/shared/client';
import { Button, SectionMessage } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { ChangeRequestFields } from '../../portal-form/src/change-request-fields';
import { firstInvalidField, placeFieldErrors } from '../../portal-form/src/field-errors';
import { focusField } from '../../portal-form/src/field-ids';
import { answersOf, initialFormState, type FormState } from '../../portal-form/src/form-state';
import '../../portal-form/src/portal-form.css';

function startingState(draft: DraftView, options: PortalFormOptionsView): FormState {
  return {
    ...initialFormState(options.defaultTimeZone, false),
    affectedSystems: draft.affectedSystems,
    ...(draft.testing === null ? {} : { tested: true, evidenceUrl: draft.testing.evidenceUrl }),
  };
}

export function DraftCompletionForm(props: {
  draft: DraftView;
  options: PortalFormOptionsView;
  onSubmitted: (result: SubmitDraftView) => void;
}) {
  const [state, setState] = useState<FormState>(() => startingState(props.draft, props.options));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const placed = placeFieldErrors(errors);
  const update = (patch: Partial<FormState>) => {
    setState((previous) => ({ ...previous, ...patch }));
  };
  // Errors come from submitting here, not from leaving fields.
  const noLeave = () => undefined;

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    const answer = await contract.submitDraft({ issueKey: props.draft.issueKey, answers: answersOf(state) });
    setBusy(false);
    if (answer.ok) {
      setErrors([]);
      props.onSubmitted(answer.value);
      return;
    }
    const fieldErrors = answer.error.fieldErrors ?? [];
    setErrors(fieldErrors);
    setFailure(answer.error.message);
    const first = firstInvalidField(placeFieldErrors(fieldErrors));
    if (first !== null) focusField(first);
  };

  return (
    <form
      className="cr-form ak-stack"
      noValidate
      data-testid="draft-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <SectionMessage appearance="information" title="Complete and submit this change request">
        <p className="rs-note">
          Async CAB drafted it from{' '}
          {props.draft.pullRequest === null ? (
            'your pull request'
          ) : (
            <a href={props.draft.pullRequest.url} target="_blank" rel="noreferrer">
              {props.draft.pullRequest.label}
            </a>
          )}
          . Answer the questions only you can; nobody is asked to approve until you submit.
        </p>
      </SectionMessage>
      {failure === null ? null : (
        <SectionMessage appearance="error" title="Not submitted yet" testId="draft-failure">
          <p className="rs-note">{failure}</p>
          {placed.general.length === 0 ? null : (
            <ul>
              {placed.general.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </SectionMessage>
      )}
      <ChangeRequestFields
        state={state}
        options={props.options}
        update={update}
        errorOf={(field) => placed.byField[field]}
        windowError={(which) => placed.byField[`plannedWindow.${which}`]}
        leave={noLeave}
      />
      <div className="ak-row">
        <Button type="submit" appearance="primary" disabled={busy} testId="draft-submit">
          Submit for approval
        </Button>
      </div>
    </form>
  );
}
