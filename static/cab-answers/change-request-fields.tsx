/**
 * All the CAB questions as one form, for the portal request view's "complete your answers" form. The field
 * experiences (static/cab-field-edit) ask one question each with the same widgets, so every channel asks
 * the same questions the same way.
 */
import type { CabFieldOptionsView } from '@async-cab/shared/client';
import { Field } from '../ui-kit/components';
import { ChangeTypeField } from './change-type-field';
import type { FormField } from './field-errors';
import { fieldId } from './field-ids';
import type { FormState } from './form-state';
import { PlannedWindowField } from './planned-window-field';
import { RiskField } from './risk-field';
import { SystemsPicker } from './systems-picker';
import { TestingField } from './testing-field';

export interface ChangeRequestFieldsProps {
  state: FormState;
  options: CabFieldOptionsView;
  update: (patch: Partial<FormState>) => void;
  /** The error to show under a field, if any. */
  errorOf: (field: FormField) => string | undefined;
  windowError: (which: 'start' | 'end') => string | undefined;
  /** Called when the person leaves fields (to show their errors). */
  leave: (...fields: FormField[]) => void;
  /** The change request being completed, so its window does not clash with itself. */
  issueKey?: string | undefined;
}

export function ChangeRequestFields({
  state,
  options,
  update,
  errorOf,
  windowError,
  leave,
  issueKey,
}: ChangeRequestFieldsProps) {
  return (
    <>
      <SystemsPicker
        id={fieldId('affectedSystems')}
        systems={options.systems}
        selected={state.affectedSystems}
        error={errorOf('affectedSystems')}
        onChange={(affectedSystems) => {
          update({ affectedSystems });
        }}
        onBlur={() => {
          leave('affectedSystems');
        }}
      />
      <ChangeTypeField
        id={fieldId('changeType')}
        options={options}
        value={state.changeType}
        error={errorOf('changeType')}
        onChange={(changeType) => {
          update({ changeType });
        }}
        onBlur={() => {
          leave('changeType');
        }}
      />
      <RiskField
        id={fieldId('risk')}
        risks={options.risks}
        value={state.risk}
        error={errorOf('risk')}
        onChange={(risk) => {
          update({ risk });
        }}
        onBlur={() => {
          leave('risk');
        }}
      />
      <PlannedWindowField
        ids={{
          start: fieldId('plannedWindow.start'),
          end: fieldId('plannedWindow.end'),
          timeZone: fieldId('plannedWindow.timeZone'),
        }}
        state={state}
        timeZones={options.timeZones}
        flagsFor={{
          affectedSystems: state.affectedSystems,
          changeType: state.changeType ?? (options.emergency ? 'emergency' : 'normal'),
          issueKey,
        }}
        errors={{
          start: windowError('start'),
          end: windowError('end'),
          timeZone: errorOf('plannedWindow.timeZone'),
        }}
        onChange={(part, value) => {
          update({ [part]: value });
        }}
        onBlur={() => {
          leave(
            ...(['plannedWindow.timeZone'] as const),
            ...(state.startDate !== '' || state.startTime !== '' ? (['plannedWindow.start'] as const) : []),
            ...(state.endDate !== '' || state.endTime !== '' ? (['plannedWindow.end'] as const) : []),
          );
        }}
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
          // The domain's message explains the data shape; a person only needs to pick Yes or No.
          tested:
            state.tested === null && errorOf('testing.tested') !== undefined
              ? 'Choose Yes or No.'
              : errorOf('testing.tested'),
          evidenceUrl: errorOf('testing.evidenceUrl'),
          reason: errorOf('testing.reason'),
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
        onBlur={() => {
          leave(
            'testing.tested',
            ...(state.tested === true ? (['testing.evidenceUrl'] as const) : []),
            ...(state.tested === false ? (['testing.reason'] as const) : []),
          );
        }}
      />
      <Field
        id={fieldId('consequenceOfNotReleasing')}
        label="Consequence of not releasing now"
        required
        help="What happens if this change waits for the next window: who is affected, and how."
        error={errorOf('consequenceOfNotReleasing')}
      >
        {(aria) => (
          <textarea
            {...aria}
            className="ak-input"
            value={state.consequenceOfNotReleasing}
            onChange={(event) => {
              update({ consequenceOfNotReleasing: event.target.value });
            }}
            onBlur={() => {
              leave('consequenceOfNotReleasing');
            }}
          />
        )}
      </Field>
      <Field
        id={fieldId('rollbackPlan')}
        label="Rollback plan"
        required
        help="How the change is undone if it goes wrong, and how long that takes."
        error={errorOf('rollbackPlan')}
      >
        {(aria) => (
          <textarea
            {...aria}
            className="ak-input"
            value={state.rollbackPlan}
            onChange={(event) => {
              update({ rollbackPlan: event.target.value });
            }}
            onBlur={() => {
              leave('rollbackPlan');
            }}
          />
        )}
      </Field>
    </>
  );
}
