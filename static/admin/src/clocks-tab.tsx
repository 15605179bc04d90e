/** "Change types and clocks" tab: the three change types and the risk tiers. */
import { EmergencyTypeForm } from './emergency-type-form';
import { withGroup, type PolicyDraft, type RoutineTypeKey } from './policy-document';
import { RiskTiersForm } from './risk-tiers-form';
import { RoutineTypeForm } from './routine-type-form';

export function ClocksTab(props: {
  policy: PolicyDraft;
  onChange: (update: (policy: PolicyDraft) => PolicyDraft) => void;
}) {
  const { changeTypes } = props.policy;
  const addGroup = (group: { groupId: string; name: string }) => {
    props.onChange((current) => withGroup(current, group));
  };
  const setType = <K extends keyof PolicyDraft['changeTypes']>(
    key: K,
    value: PolicyDraft['changeTypes'][K],
  ) => {
    props.onChange((current) => ({ ...current, changeTypes: { ...current.changeTypes, [key]: value } }));
  };
  const routineKeys: RoutineTypeKey[] = ['standard', 'normal'];
  return (
    <div className="ak-stack">
      {routineKeys.map((key) => (
        <RoutineTypeForm
          key={key}
          typeKey={key}
          value={changeTypes[key]}
          onAddGroup={addGroup}
          onChange={(value) => {
            setType(key, value);
          }}
        />
      ))}
      <EmergencyTypeForm
        value={changeTypes.emergency}
        onAddGroup={addGroup}
        onChange={(value) => {
          setType('emergency', value);
        }}
      />
      <RiskTiersForm
        tiers={props.policy.riskTiers}
        onAddGroup={addGroup}
        onChange={(riskTiers) => {
          props.onChange((current) => ({ ...current, riskTiers }));
        }}
      />
    </div>
  );
}
