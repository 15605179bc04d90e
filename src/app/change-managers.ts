import type { Policy } from '../domain/policy';
import type { AppDeps } from './app-deps';

/** Change managers are the people a change request escalates to: the policy's escalation groups. */
export async function isChangeManager(app: AppDeps, policy: Policy, accountId: string): Promise<boolean> {
  const groupIds = new Set(
    [policy.changeTypes.standard, policy.changeTypes.normal, policy.changeTypes.emergency].map(
      (type) => type.escalation.groupId,
    ),
  );
  for (const groupId of groupIds) {
    if (groupId === '') continue;
    const members = await app.jira.groupMembers(groupId);
    if (members.some((member) => member.accountId === accountId)) return true;
  }
  return false;
}

/** Change managers and Jira admins look after change requests the app cannot finish by itself. */
export async function mayLookAfterChangeRequests(
  app: AppDeps,
  policy: Policy,
  caller: { accountId: string; isJiraAdmin: () => Promise<boolean> },
): Promise<boolean> {
  return (await isChangeManager(app, policy, caller.accountId)) || (await caller.isJiraAdmin());
}
