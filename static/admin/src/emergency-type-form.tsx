/** Emergency change: the ECAB groups, the short wall clock, the retrospective and the review checklist. */
import type { PolicyApproverGroup, PolicyEmergencyChangeType } from '@async-cab/shared/client';
import { useControl } from './editor-context';
import { CheckboxControl, NumberControl, PercentListControl } from './form-controls';
import { GroupPicker } from './group-picker';
import { Field } from '../../ui-kit/components';

export function EmergencyTypeForm(props: {
  value: PolicyEmergencyChangeType;
  onChange: (value: PolicyEmergencyChangeType) => void;
  onAddGroup: (group: PolicyApproverGroup) => void;
}) {
  const { value } = props;
  const path = 'changeTypes.emergency';
  const change = (patch: Partial<PolicyEmergencyChangeType>) => {
    props.onChange({ ...value, ...patch });
  };
  const checklist = useControl(`${path}.postImplementationReview.checklist`);
  const review = value.postImplementationReview;
  return (
    <section className="ak-card" aria-labelledby={`${path}-heading`}>
      <h3 id={`${path}-heading`}>Emergency change</h3>
      <p className="ak-subtle">
        Goes to the emergency approver roles (ECAB) on a short wall clock. “Implement now, approve after”
        needs a written reason, a retrospective approval and a post-implementation review.
      </p>
      <div className="admin-grid">
        <div className="admin-span-all">
          <GroupPicker
            path={`${path}.approverGroupIds`}
            label="Emergency approver groups (ECAB)"
            help="Each group is paged and must approve."
            selected={value.approverGroupIds}
            onAdd={(group) => {
              props.onAddGroup(group);
              change({ approverGroupIds: [...value.approverGroupIds, group.groupId] });
            }}
            onRemove={(groupId) => {
              change({ approverGroupIds: value.approverGroupIds.filter((id) => id !== groupId) });
            }}
          />
        </div>
        <NumberControl
          path={`${path}.approvalsPerGroup`}
          label="Approvals per group"
          min={1}
          step={1}
          value={value.approvalsPerGroup}
          onChange={(approvalsPerGroup) => {
            change({ approvalsPerGroup });
          }}
        />
        <NumberControl
          path={`${path}.responseTime.minutes`}
          label="Response time (wall-clock minutes)"
          help="Emergencies do not wait for working hours."
          min={1}
          step={1}
          value={value.responseTime.minutes}
          onChange={(minutes) => {
            change({ responseTime: { kind: 'wallClock', minutes } });
          }}
        />
        <PercentListControl
          path={`${path}.reminders.atFractions`}
          label="Remind at (% of the response time)"
          value={value.reminders.atFractions}
          onChange={(atFractions) => {
            change({ reminders: { ...value.reminders, atFractions } });
          }}
        />
        <NumberControl
          path={`${path}.retrospective.deadlineHours`}
          label="Retrospective approval within (hours)"
          help="When a change was implemented before approval."
          min={0}
          value={value.retrospective.deadlineHours}
          onChange={(deadlineHours) => {
            change({ retrospective: { deadlineHours } });
          }}
        />
        <div className="admin-span-all">
          <GroupPicker
            path={`${path}.escalation.groupId`}
            label="Escalate to"
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
            path={`${path}.postImplementationReview.required`}
            label="Create a post-implementation review for every emergency change"
            checked={review.required}
            onChange={(required) => {
              change({ postImplementationReview: { ...review, required } });
            }}
          />
        </div>
        <div className="admin-span-all">
          <Field
            id={checklist.id}
            label="Review checklist"
            help="One question per line."
            error={checklist.error}
          >
            {(aria) => (
              <textarea
                {...aria}
                className="ak-input"
                rows={5}
                readOnly={checklist.readOnly}
                value={review.checklist.join('\n')}
                onChange={(event) => {
                  change({
                    postImplementationReview: { ...review, checklist: event.target.value.split('\n') },
                  });
                }}
              />
            )}
          </Field>
        </div>
      </div>
    </section>
  );
}
