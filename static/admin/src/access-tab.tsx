/** "People and access" tab: who may change the policy, and whose GitHub pull requests are whose. */
import { GitHubLoginsForm } from './github-logins-form';
import { withGroup, type PolicyDraft } from './policy-document';
import { PolicyEditorsForm } from './policy-editors-form';

export function AccessTab(props: {
  policy: PolicyDraft;
  canChangeEditors: boolean;
  /** Names the server looked up for the accounts the policy maps logins to. */
  peopleNames: Readonly<Record<string, string>>;
  onChange: (update: (policy: PolicyDraft) => PolicyDraft) => void;
}) {
  return (
    <div className="ak-stack">
      <PolicyEditorsForm
        groupIds={props.policy.policyEditors.groupIds}
        canChange={props.canChangeEditors}
        onAddGroup={(group) => {
          props.onChange((current) => withGroup(current, group));
        }}
        onChange={(groupIds) => {
          props.onChange((current) => ({ ...current, policyEditors: { groupIds } }));
        }}
      />
      <GitHubLoginsForm
        logins={props.policy.repositories.githubLogins ?? {}}
        names={props.peopleNames}
        onChange={(githubLogins) => {
          props.onChange((current) => ({
            ...current,
            repositories: { ...current.repositories, githubLogins },
          }));
        }}
      />
    </div>
  );
}
