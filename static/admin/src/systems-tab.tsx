/** Systems tab: the table of systems with add, edit and remove, and the editor of the chosen one. */
import type { PolicySystem } from '@async-cab/shared/client';
import { Button, Lozenge } from '../../ui-kit/components';
import { useEditor } from './editor-context';
import { groupName, newSystem, removeAt, replaceAt, withGroup, type PolicyDraft } from './policy-document';
import { SystemEditor } from './system-editor';
import { describeWorkingHours } from './working-hours-text';

export function SystemsTab(props: {
  policy: PolicyDraft;
  /** Functional update, so several changes in one event all apply (no stale policy). */
  onChange: (update: (policy: PolicyDraft) => PolicyDraft) => void;
  editing: number | null;
  onEdit: (index: number | null) => void;
}) {
  const { readOnly, errors } = useEditor();
  const { policy } = props;
  const hasErrors = (index: number) =>
    [...errors.keys()].some((path) => path.startsWith(`systems.${String(index)}.`));
  const setSystem = (index: number, system: PolicySystem) => {
    props.onChange((current) => ({ ...current, systems: replaceAt(current.systems, index, system) }));
  };
  const editing = props.editing === null ? undefined : policy.systems[props.editing];

  return (
    <div className="ak-stack">
      <div className="admin-toolbar">
        <p className="ak-subtle">
          A change request names the systems it affects; each system's approver groups are asked to approve.
        </p>
        {readOnly ? null : (
          <Button
            testId="add-system"
            onClick={() => {
              props.onChange((current) => ({
                ...current,
                systems: [...current.systems, newSystem(current)],
              }));
              props.onEdit(policy.systems.length);
            }}
          >
            Add system
          </Button>
        )}
      </div>
      {policy.systems.length === 0 ? (
        <div className="ak-card admin-empty">
          <h3>No systems yet</h3>
          <p className="ak-subtle">
            Without systems, every change request waits for the change manager. Add the systems your teams
            change, with the groups that approve them.
          </p>
        </div>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid="systems-table">
            <caption className="ak-visually-hidden">Systems and their approver groups</caption>
            <thead>
              <tr>
                <th scope="col" className="admin-col-wide-only">
                  Key
                </th>
                <th scope="col">Name</th>
                <th scope="col">Approver groups</th>
                <th scope="col" className="admin-col-optional">
                  Repositories
                </th>
                <th scope="col" className="admin-col-optional">
                  Time zone
                </th>
                <th scope="col" className="admin-col-optional">
                  Working hours
                </th>
                <th scope="col" className="admin-col-wide-only">
                  Criticality
                </th>
                <th scope="col">
                  <span className="ak-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {policy.systems.map((system, index) => (
                <tr
                  key={index}
                  className={props.editing === index ? 'admin-row--selected' : undefined}
                  data-testid={`system-row-${system.key}`}
                >
                  <td className="admin-col-wide-only">
                    <code>{system.key === '' ? '—' : system.key}</code>
                  </td>
                  <td>
                    {system.name}
                    {hasErrors(index) ? (
                      <>
                        {' '}
                        <Lozenge appearance="removed">Needs fixing</Lozenge>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {system.approverGroupIds.length === 0 ? (
                      <Lozenge appearance="moved">None</Lozenge>
                    ) : (
                      system.approverGroupIds.map((id) => groupName(policy, id)).join(', ')
                    )}
                  </td>
                  <td className="admin-col-optional">{system.repositories.join(', ')}</td>
                  <td className="admin-col-optional">{system.timeZone}</td>
                  <td className="admin-col-optional">
                    {system.workingHours === undefined ? (
                      <span className="ak-subtle">Default</span>
                    ) : (
                      describeWorkingHours(system.workingHours)
                    )}
                  </td>
                  <td className="admin-col-wide-only">
                    <Lozenge
                      appearance={
                        system.criticality === 'critical' || system.criticality === 'high'
                          ? 'removed'
                          : 'default'
                      }
                    >
                      {system.criticality}
                    </Lozenge>
                  </td>
                  <td className="admin-actions">
                    <button
                      type="button"
                      className="ak-button ak-button--subtle"
                      aria-label={`${readOnly ? 'View' : 'Edit'} ${system.name || 'new system'}`}
                      onClick={() => {
                        props.onEdit(index);
                      }}
                    >
                      {readOnly ? 'View' : 'Edit'}
                    </button>
                    {readOnly ? null : (
                      <button
                        type="button"
                        className="ak-button ak-button--subtle admin-remove"
                        aria-label={`Remove ${system.name || 'new system'}`}
                        onClick={() => {
                          props.onChange((current) => ({
                            ...current,
                            systems: removeAt(current.systems, index),
                          }));
                          props.onEdit(null);
                        }}
                      >
                        Remove
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing === undefined || props.editing === null ? null : (
        <SystemEditor
          index={props.editing}
          system={editing}
          defaultHours={policy.defaults.workingHours}
          defaultTimeZone={policy.defaults.timeZone}
          onChange={(system) => {
            if (props.editing !== null) setSystem(props.editing, system);
          }}
          onAddGroup={(group) => {
            props.onChange((current) => withGroup(current, group));
          }}
          onClose={() => {
            props.onEdit(null);
          }}
          onRemove={() => {
            const index = props.editing;
            if (index === null) return;
            props.onChange((current) => ({ ...current, systems: removeAt(current.systems, index) }));
            props.onEdit(null);
          }}
        />
      )}
    </div>
  );
}
