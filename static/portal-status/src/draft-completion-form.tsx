/**
 * "Complete and submit" for a CR drafted from a pull request (issue 5 §3): the developer answers what only
 * a person can (change type, risk, window, testing, consequence, rollback) with the portal form's own field
 * components, starting from what GitHub told the app. The server validates with the domain and routes.
 */
import { useState } from 'react';
import type { DraftView, FieldError, PortalFormOptionsView, SubmitDraftView } from '@async-cab/shared/client';
import { Button, Field, SectionMessage } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { ChangeTypeField } from '../../portal-form/src/change-type-field';
import { firstInvalidField, placeFieldErrors } from '../../portal-form/src/field-errors';
import { fieldId, focusField } from '../../portal-form/src/field-ids';
import { answersOf, initialFormState, type FormState } from '../../portal-form/src/form-state';
import { PlannedWindowField } from '../../portal-form/src/planned-window-field';
import { RiskField } from '../../portal-form/src/risk-field';
import { SystemsPicker } from '../../portal-form/src/systems-picker';
import { TestingField } from '../../portal-form/src/testing-field';
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
  const noBlur = () => undefined;

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
      <SystemsPicker
        id={fieldId('affectedSystems')}
        systems={props.options.systems}
        selected={state.affectedSystems}
        error={placed.byField.affectedSystems}
        onChange={(affectedSystems) => {
          update({ affectedSystems });
        }}
        onBlur={noBlur}
      />
      <ChangeTypeField
        id={fieldId('changeType')}
        options={props.options}
        value={state.changeType}
        error={placed.byField.changeType}
        onChange={(changeType) => {
          update({ changeType });
        }}
        onBlur={noBlur}
      />
      <RiskField
        id={fieldId('risk')}
        risks={props.options.risks}
        value={state.risk}
        error={placed.byField.risk}
        onChange={(risk) => {
          update({ risk });
        }}
        onBlur={noBlur}
      />
      <PlannedWindowField
        ids={{
          start: fieldId('plannedWindow.start'),
          end: fieldId('plannedWindow.end'),
          timeZone: fieldId('plannedWindow.timeZone'),
        }}
        state={state}
        timeZones={props.options.timeZones}
        errors={{
          start: placed.byField['plannedWindow.start'],
          end: placed.byField['plannedWindow.end'],
          timeZone: placed.byField['plannedWindow.timeZone'],
        }}
        onChange={(part, value) => {
          update({ [part]: value });
        }}
        onBlur={noBlur}
      />
      <TestingField
        ids={{
          tested: fieldId('testing.tested'),
          evidenceUrl: fieldId('testing.evidenceUrl'),
          reason: fieldId('testing.reason'),
        }}
        tested={state.tested}
        evidenceUrl={state.evidenceUrl}
        reason={state.notTestedReason}
        errors={{
          tested:
            state.tested === null && placed.byField['testing.tested'] !== undefined
              ? 'Choose Yes or No.'
              : placed.byField['testing.tested'],
          evidenceUrl: placed.byField['testing.evidenceUrl'],
          reason: placed.byField['testing.reason'],
        }}
        onTested={(tested) => {
          update({ tested });
        }}
        onEvidenceUrl={(evidenceUrl) => {
          update({ evidenceUrl });
        }}
        onReason={(notTestedReason) => {
          update({ notTestedReason });
        }}
        onBlur={noBlur}
      />
      <Field
        id={fieldId('consequenceOfNotReleasing')}
        label="Consequence of not releasing now"
        required
        help="What happens if this change waits for the next window: who is affected, and how."
        error={placed.byField.consequenceOfNotReleasing}
      >
        {(aria) => (
          <textarea
            {...aria}
            className="ak-input"
            value={state.consequenceOfNotReleasing}
            onChange={(event) => {
              update({ consequenceOfNotReleasing: event.target.value });
            }}
          />
        )}
      </Field>
      <Field
        id={fieldId('rollbackPlan')}
        label="Rollback plan"
        required
        help="How the change is undone if it goes wrong, and how long that takes."
        error={placed.byField.rollbackPlan}
      >
        {(aria) => (
          <textarea
            {...aria}
            className="ak-input"
            value={state.rollbackPlan}
            onChange={(event) => {
              update({ rollbackPlan: event.target.value });
            }}
          />
        )}
      </Field>
      <div className="ak-row">
        <Button type="submit" appearance="primary" disabled={busy} testId="draft-submit">
          Submit for approval
        </Button>
      </div>
    </form>
  );
}
