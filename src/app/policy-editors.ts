/**
 * Who may change the policy: Jira administrators always, and the members of the groups the policy names in
 * `policyEditors` (src/domain/policy/policy-editors-schema.ts). Only an administrator may change that list,
 * so a change manager can neither grant themselves more nor take the administrators' control away.
 */
import type { Policy } from '../domain/policy';
import type { FieldError } from '../shared/error-codes';
import type { JiraAppPort } from './ports/jira-port';

export interface PolicyCaller {
  accountId: string;
  /** Memoized per invocation by the adapter (src/adapters/jira/memoized-user-port.ts). */
  isJiraAdmin: () => Promise<boolean>;
}

export interface PolicyAccess {
  canEdit: boolean;
  canChangeEditors: boolean;
}

/**
 * The administrator check first (one call); the groups only for someone who is not one, one group at a
 * time, stopping at the first that holds the caller. The schema keeps the list short (MAX_POLICY_EDITOR_GROUPS).
 */
export async function policyAccessOf(
  jira: Pick<JiraAppPort, 'groupMembers'>,
  policy: Policy,
  caller: PolicyCaller,
): Promise<PolicyAccess> {
  if (await caller.isJiraAdmin()) return { canEdit: true, canChangeEditors: true };
  for (const groupId of new Set(policy.policyEditors.groupIds)) {
    // Read live, not from the short-lived cache: this decides who may do something (jira-port.ts).
    const members = await jira.groupMembers(groupId);
    if (members.some((member) => member.accountId === caller.accountId)) {
      return { canEdit: true, canChangeEditors: false };
    }
  }
  return { canEdit: false, canChangeEditors: false };
}

const sameGroups = (a: readonly string[], b: readonly string[]): boolean => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((groupId) => right.has(groupId));
};

export const EDITORS_ADMIN_ONLY =
  'Only Jira administrators can change who may edit the policy; put the editor groups back as they were.';

/** The refusal, next to the editor groups field, when someone who is no administrator changed them. */
export function editorChangeRefusal(saved: Policy, proposed: Policy, access: PolicyAccess): FieldError[] {
  if (access.canChangeEditors) return [];
  if (sameGroups(saved.policyEditors.groupIds, proposed.policyEditors.groupIds)) return [];
  return [{ field: 'policyEditors.groupIds', code: 'admins-only', message: EDITORS_ADMIN_ONLY }];
}
