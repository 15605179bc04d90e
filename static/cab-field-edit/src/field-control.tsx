/**
 * The one control a field experience shows: the request form's widget for that question, labelled for
 * screen readers with the field's name (the host page draws the visible label above the frame).
 */
import { CAB_FIELD_LABELS, type CabAnswerFieldKey, type CabFieldOptionsView } from '@async-cab/shared/client';
import { ChangeTypeField } from '../../cab-answers/change-type-field';
import type { FormField } from '../../cab-answers/field-errors';
import { fieldId } from '../../cab-answers/field-ids';
import type { FormState } from '../../cab-answers/form-state';
import { PlannedWindowField } from '../../cab-answers/planned-window-field';
import { RiskField } from '../../cab-answers/risk-field';
import { SystemsPicker } from '../../cab-answers/systems-picker';
import { TestingField } from '../../cab-answers/testing-field';
import { TextAnswerField } from './text-answer-field';

export interface FieldControlProps {
  field: CabAnswerFieldKey;
  state: FormState;
  options: CabFieldOptionsView;
  update: (patch: Partial<FormState>) => void;
  errorOf: (part: FormField) => string | undefined;
  /** The person left these parts: their messages may show from now on. */
  leave: (...parts: FormField[]) => void;
}

export function FieldControl({ field, state, options, update, errorOf, leave }: FieldControlProps) {
  const hostLabel = CAB_FIELD_LABELS[field];
  switch (field) {
    case 'affectedSystems':
      return (
        <SystemsPicker
          id={fieldId('affectedSystems')}
          hostLabel={hostLabel}
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
      );
    case 'changeType':
      return (
        <ChangeTypeField
          id={fieldId('changeType')}
          hostLabel={hostLabel}
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
      );
    case 'risk':
      return (
        <RiskField
          id={fieldId('risk')}
          hostLabel={hostLabel}
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
      );
    case 'changeWindow':
      return (
        <PlannedWindowField
          hostLabel={hostLabel}
          ids={{
            start: fieldId('plannedWindow.start'),
            end: fieldId('plannedWindow.end'),
            timeZone: fieldId('plannedWindow.timeZone'),
          }}
          state={state}
          timeZones={options.timeZones}
          // The create screen's window field knows only the request type: systems are another field.
          flagsFor={{ affectedSystems: null, changeType: options.emergency ? 'emergency' : 'normal' }}
          errors={{
            start: errorOf('plannedWindow.start'),
            end: errorOf('plannedWindow.end'),
            timeZone: errorOf('plannedWindow.timeZone'),
          }}
          onChange={(part, value) => {
            update({ [part]: value });
          }}
          onBlur={() => {
            // A half-entered end is not scolded while the person is still on the start.
            leave(
              'plannedWindow.timeZone',
              ...(state.startDate !== '' || state.startTime !== '' ? (['plannedWindow.start'] as const) : []),
              ...(state.endDate !== '' || state.endTime !== '' ? (['plannedWindow.end'] as const) : []),
            );
          }}
        />
      );
    case 'testEvidence':
      return (
        <TestingField
          hostLabel={hostLabel}
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
      );
    case 'consequence':
      return (
        <TextAnswerField
          id={fieldId('consequenceOfNotReleasing')}
          label={hostLabel}
          help="What happens if this change waits for the next window: who is affected, and how."
          value={state.consequenceOfNotReleasing}
          error={errorOf('consequenceOfNotReleasing')}
          onChange={(consequenceOfNotReleasing) => {
            update({ consequenceOfNotReleasing });
          }}
          onBlur={() => {
            leave('consequenceOfNotReleasing');
          }}
        />
      );
    case 'rollbackPlan':
      return (
        <TextAnswerField
          id={fieldId('rollbackPlan')}
          label={hostLabel}
          help="How the change is undone if it goes wrong, and how long that takes."
          value={state.rollbackPlan}
          error={errorOf('rollbackPlan')}
          onChange={(rollbackPlan) => {
            update({ rollbackPlan });
          }}
          onBlur={() => {
            leave('rollbackPlan');
          }}
        />
      );
  }
}
