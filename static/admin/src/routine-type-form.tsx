/** Standard or normal change: approvals per group, response time, reminders, escalation, silence-is-consent. */
import type {
  PolicyApproverGroup,
  PolicyRoutineChangeType,
  PolicySilenceIsConsent,
} from '@async-cab/shared/client';
import { CheckboxControl, NumberControl, PercentListControl, SelectControl } from './form-controls';
import { GroupPicker } from './group-picker';
import type { RoutineTypeKey } from './policy-document';

const TITLES: Record<RoutineTypeKey, { title: string; help: string }> = {
  standard: { title: 'Standard change', help: 'Pre-approved, repeatable changes with a known low risk.' },
  normal: { title: 'Normal change', help: 'Every other planned change.' },
};

const maxRiskOptions = [
  { value: 'low', label: 'Low risk only' },
  { value: 'medium', label: 'Low or medium risk' },
] as const;

export function RoutineTypeForm(props: {
  typeKey: RoutineTypeKey;
  value: PolicyRoutineChangeType;
  onChange: (value: PolicyRoutineChangeType) => void;
  onAddGroup: (group: PolicyApproverGroup) => void;
}) {
  const { value, typeKey } = props;
  const path = `changeTypes.${typeKey}`;
  const change = (patch: Partial<PolicyRoutineChangeType>) => {
    props.onChange({ ...value, ...patch });
  };
  const silence = value.silenceIsConsent;
  const setSilence = (next: PolicySilenceIsConsent) => {
    change({ silenceIsConsent: next });
  };
  return (
    <section className="ak-card" aria-labelledby={`${path}-heading`}>
      <h3 id={`${path}-heading`}>{TITLES[typeKey].title}</h3>
      <p className="ak-subtle">{TITLES[typeKey].help}</p>
      <div className="admin-grid">
        <NumberControl
          path={`${path}.approvalsPerGroup`}
          label="Approvals per group"
          help="1 to 20 (JSM's limit per group)."
          min={1}
          step={1}
          value={value.approvalsPerGroup}
          onChange={(approvalsPerGroup) => {
            change({ approvalsPerGroup });
          }}
        />
        <NumberControl
          path={`${path}.responseTime.hours`}
          label="Response time (business hours)"
          help="Counted in each approver group's working hours."
          min={0}
          value={value.responseTime.hours}
          onChange={(hours) => {
            change({ responseTime: { kind: 'business', hours } });
          }}
        />
        <PercentListControl
          path={`${path}.reminders.atFractions`}
          label="Remind at (% of the response time)"
          help="e.g. 50, 90 reminds half-way and near the deadline."
          value={value.reminders.atFractions}
          onChange={(atFractions) => {
            change({ reminders: { ...value.reminders, atFractions } });
          }}
        />
        <NumberControl
          path={`${path}.reminders.minimumGapHours`}
          label="Minimum hours between reminders"
          min={0}
          value={value.reminders.minimumGapHours}
          onChange={(minimumGapHours) => {
            change({ reminders: { ...value.reminders, minimumGapHours } });
          }}
        />
        <div className="admin-span-all">
          <GroupPicker
            path={`${path}.escalation.groupId`}
            label="Escalate to"
            help="This group hears when a deadline passes."
            single
            selected={value.escalation.groupId === '' ? [] : [value.escalation.groupId]}
            onAdd={(group) => {
              props.onAddGroup(group);
              change({ escalation: { groupId: group.groupId } });
            }}
            onRemove={() => {
              change({ escalation: { groupId: '' } });
            }}
          />
        </div>
        <div className="admin-span-all">
          <CheckboxControl
            path={`${path}.silenceIsConsent.enabled`}
            label="Silence is consent: a change nobody objects to goes ahead after a while"
            checked={silence.enabled}
            onChange={(enabled) => {
              setSilence(
                enabled
                  ? { enabled: true, afterBusinessHours: value.responseTime.hours, maxRisk: 'low' }
                  : { enabled: false },
              );
            }}
          />
        </div>
        {silence.enabled ? (
          <>
            <NumberControl
              path={`${path}.silenceIsConsent.afterBusinessHours`}
              label="Consent after (business hours)"
              help="Approvers are told this up front, so they can object in time."
              min={0}
              value={silence.afterBusinessHours}
              onChange={(afterBusinessHours) => {
                setSilence({ ...silence, afterBusinessHours });
              }}
            />
            <SelectControl
              path={`${path}.silenceIsConsent.maxRisk`}
              label="Only for"
              help="Never for high or critical risk."
              value={silence.maxRisk}
              options={maxRiskOptions}
              onChange={(maxRisk) => {
                setSilence({ ...silence, maxRisk });
              }}
            />
          </>
        ) : null}
      </div>
    </section>
  );
}
