/**
 * One sweep run reads each approver group once: 100 due CRs of the same groups cost one
 * `GET /rest/api/3/group/member` walk per group, not per CR (Jira's points-based rate limit counts every
 * call, docs/platform-assumptions.md). Per run only: the next run reads again. Both ways the port offers members
 * (read now, or recently) are remembered apart, so neither stands in for the other.
 */
import type { AppDeps } from '../app-deps';
import type { JiraAppPort, JiraPerson } from '../ports/jira-port';

type MembersOf = (groupId: string) => Promise<JiraPerson[]>;

function remembered(read: MembersOf): MembersOf {
  const known = new Map<string, Promise<JiraPerson[]>>();
  return (groupId) => {
    let members = known.get(groupId);
    if (members === undefined) {
      members = read(groupId);
      known.set(groupId, members);
      // A failed read is not remembered: the next CR tries again.
      members.catch(() => known.delete(groupId));
    }
    // Each caller gets its own copy, so no CR's sweep can change what another one reads.
    return members.then((people) => people.map((person) => ({ ...person })));
  };
}

export function withGroupMemberMemo<T extends { app: AppDeps }>(deps: T): T {
  const jira = deps.app.jira;
  const recent = jira.recentGroupMembers?.bind(jira);
  const memoized: JiraAppPort = {
    ...jira,
    groupMembers: remembered(jira.groupMembers.bind(jira)),
    ...(recent === undefined ? {} : { recentGroupMembers: remembered(recent) }),
  };
  return { ...deps, app: { ...deps.app, jira: memoized } };
}
