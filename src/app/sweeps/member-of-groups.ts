import type { JiraPerson } from '../ports/jira-port';
import type { SweepDeps } from './sweep-deps';

/** The caller as a member of one of the groups (read from Jira now, as JSM does), or null. */
export async function memberOfGroups(
  deps: SweepDeps,
  accountId: string,
  groupIds: readonly string[],
): Promise<JiraPerson | null> {
  // An empty group id is "not chosen yet" in the policy (no change managers): nobody is a member.
  for (const groupId of new Set(groupIds.filter((id) => id !== ''))) {
    const member = (await deps.app.jira.groupMembers(groupId)).find((m) => m.accountId === accountId);
    if (member !== undefined) return member;
  }
  return null;
}
