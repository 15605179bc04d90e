/** The form for one system: identity, approver groups, repositories, time zone, hours and criticality. */
import type { PolicyApproverGroup, PolicySystem, PolicyWorkingHours } from '@async-cab/shared/client';
import { Button } from '../../ui-kit/components';
import { useEditor } from './editor-context';
import { CheckboxControl, SelectControl, TextControl } from './form-controls';
import { GroupPicker } from './group-picker';
import { SEVERITIES } from './policy-document';
import { RepositoryChips } from './repository-chips';
import { WorkingHoursFields } from './working-hours-fields';
import { describeWorkingHours } from './working-hours-text';

import { TIME_ZONE_LIST_ID } from './time-zone-list';

const criticalityOptions = SEVERITIES.map((level) => ({ value: level, label: level }));

export function SystemEditor(props: {
  index: number;
  system: PolicySystem;
  defaultHours: PolicyWorkingHours;
  defaultTimeZone: string;
  onChange: (system: PolicySystem) => void;
  onAddGroup: (group: PolicyApproverGroup) => void;
  onClose: () => void;
  onRemove: () => void;
}) {
  const { readOnly } = useEditor();
  const { system, index } = props;
  const path = `systems.${String(index)}`;
  const change = (patch: Partial<PolicySystem>) => {
    props.onChange({ ...system, ...patch });
  };
  return (
    <section className="ak-card admin-editor" aria-labelledby={`${path}-heading`} data-testid="system-editor">
      <div className="admin-editor__header">
        <h3 id={`${path}-heading`}>{system.name.trim() === '' ? 'New system' : `Edit ${system.name}`}</h3>
        <div className="ak-row">
          {readOnly ? null : (
            <Button appearance="subtle" onClick={props.onRemove}>
              Remove system
            </Button>
          )}
          <Button appearance="subtle" onClick={props.onClose}>
            Done
          </Button>
        </div>
      </div>
      <div className="admin-grid">
        <TextControl
          path={`${path}.key`}
          label="Key"
          required
          help="2–40 lower-case letters, digits or -, e.g. payments-api. Used in JQL and links."
          value={system.key}
          onChange={(key) => {
            change({ key });
          }}
        />
        <TextControl
          path={`${path}.name`}
          label="Name"
          required
          help="What requesters see on the portal form."
          value={system.name}
          onChange={(name) => {
            change({ name });
          }}
        />
        <TextControl
          path={`${path}.timeZone`}
          label="Owners' time zone"
          required
          help="IANA name, e.g. Europe/London. Response clocks count this zone's working hours."
          list={TIME_ZONE_LIST_ID}
          value={system.timeZone}
          onChange={(timeZone) => {
            change({ timeZone });
          }}
        />
        <SelectControl
          path={`${path}.criticality`}
          label="Criticality"
          help="Risk tiers can add approvers for critical systems."
          value={system.criticality}
          options={criticalityOptions}
          onChange={(criticality) => {
            change({ criticality });
          }}
        />
        <div className="admin-span-all">
          <GroupPicker
            path={`${path}.approverGroupIds`}
            label="Approver groups"
            help="Each group must approve a change to this system (approvals per group are set under Change types and clocks)."
            selected={system.approverGroupIds}
            onAdd={(group) => {
              props.onAddGroup(group);
              change({ approverGroupIds: [...system.approverGroupIds, group.groupId] });
            }}
            onRemove={(groupId) => {
              change({ approverGroupIds: system.approverGroupIds.filter((id) => id !== groupId) });
            }}
          />
        </div>
        <div className="admin-span-all">
          <RepositoryChips
            path={`${path}.repositories`}
            value={system.repositories}
            onChange={(repositories) => {
              change({ repositories });
            }}
          />
        </div>
        <div className="admin-span-all">
          <CheckboxControl
            path={`${path}.workingHours`}
            label={`Own working hours (otherwise the default: ${describeWorkingHours(props.defaultHours)} ${props.defaultTimeZone})`}
            checked={system.workingHours !== undefined}
            onChange={(own) => {
              if (own) {
                change({ workingHours: props.defaultHours });
              } else {
                const { workingHours: _dropped, ...rest } = system;
                props.onChange(rest);
              }
            }}
          />
          {system.workingHours === undefined ? null : (
            <WorkingHoursFields
              path={`${path}.workingHours`}
              value={system.workingHours}
              onChange={(workingHours) => {
                change({ workingHours });
              }}
            />
          )}
        </div>
      </div>
    </section>
  );
}
