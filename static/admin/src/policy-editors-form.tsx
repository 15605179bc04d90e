/**
 * The groups whose members may change the policy besides the Jira administrators
 * (src/domain/policy/policy-editors-schema.ts). Only a Jira administrator may change them: the server refuses
 * anyone else (src/app/policy-editors.ts), and the page shows the list read-only to them.
 */
import type { PolicyApproverGroup } from '@async-cab/shared/client';
import { EditorContext, useEditor } from './editor-context';
import { GroupPicker } from './group-picker';

export function PolicyEditorsForm(props: {
  groupIds: readonly string[];
  canChange: boolean;
  onChange: (groupIds: string[]) => void;
  onAddGroup: (group: PolicyApproverGroup) => void;
}) {
  const editor = useEditor();
  return (
    <section
      className="ak-card ak-stack"
      aria-labelledby="policy-editors-heading"
      data-testid="policy-editors"
    >
      <div>
        <h3 id="policy-editors-heading">Who may change this policy</h3>
        <p className="ak-subtle">
          Jira administrators always may. Members of these groups (usually the change managers) may too, from
          this page; only a Jira administrator can change this list.
        </p>
      </div>
      <EditorContext.Provider value={{ ...editor, readOnly: editor.readOnly || !props.canChange }}>
        <GroupPicker
          path="policyEditors.groupIds"
          label="Policy editor groups"
          selected={props.groupIds}
          onAdd={(group) => {
            props.onAddGroup(group);
            props.onChange([...props.groupIds, group.groupId]);
          }}
          onRemove={(groupId) => {
            props.onChange(props.groupIds.filter((id) => id !== groupId));
          }}
        />
      </EditorContext.Provider>
      {props.canChange || editor.readOnly ? null : (
        <p className="ak-subtle" data-testid="policy-editors-admins-only">
          You can edit the policy as a member of one of these groups; a Jira administrator changes who else
          may.
        </p>
      )}
    </section>
  );
}
