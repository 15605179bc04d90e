import type { DecidedChangeFact } from '../../domain/figures';
import type { LedgerEntry, RecordedAnswer } from '../ports/store-ports';

/** Account ids per routed group id, as Jira lists the groups' members. */
export type GroupMembers = ReadonlyMap<string, ReadonlySet<string>>;

/** The figures' view of a decided ledger entry; null while it is not decided (or was never routed). */
export function decidedChangeFactOf(
  entry: LedgerEntry,
  answers: readonly RecordedAnswer[],
  members: GroupMembers,
): DecidedChangeFact | null {
  const { decision, routing, changeRequest } = entry;
  if (decision === null || routing === null || changeRequest === null) return null;
  const firstAnswerOf = (groupId: string): string | null => {
    const inGroup = members.get(groupId);
    const times = answers
      .filter((answer) => inGroup?.has(answer.accountId) === true)
      .map((answer) => answer.at)
      .sort((a, b) => Date.parse(a) - Date.parse(b));
    return times[0] ?? null;
  };
  return {
    issueKey: entry.issueKey,
    routedAt: entry.routedAt,
    decidedAt: decision.at,
    outcome: decision.outcome,
    // Entries decided before `by` existed: after break-glass only the ECAB's retrospective answers decide.
    decidedBy: decision.by ?? (entry.breakGlass === undefined ? 'approvers' : 'retrospective'),
    changeType: routing.changeType,
    risk: changeRequest.risk,
    deadline: routing.deadline,
    groups: routing.groups.map((group) => ({
      groupId: group.groupId,
      name: group.name,
      firstAnswerAt: firstAnswerOf(group.groupId),
    })),
    answers: answers.map((answer) => ({
      accountId: answer.accountId,
      displayName: answer.displayName,
      at: answer.at,
    })),
    escalated: entry.overdue !== undefined,
    breakGlass:
      entry.breakGlass === undefined
        ? null
        : { at: entry.breakGlass.at, retrospectiveDeadline: entry.breakGlass.retrospectiveDeadline },
  };
}
