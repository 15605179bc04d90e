/**
 * What the board reads besides the ledger rows: each routed group's members once per page view (recent
 * members: JSM listed the approvers when the approval opened, approval-state-for.ts), and the answers the app
 * kept per change request (KVS, no Jira call). Answers are read a few change requests at a time.
 */
import { attributionMembers } from '../approval-state-for';
import type { JiraPerson } from '../ports/jira-port';
import type { LedgerEntry, RecordedAnswer } from '../ports/store-ports';
import type { EntryFacts } from './board-change-view';
import type { BoardDeps } from './board-ports';

const ANSWER_READS_AT_ONCE = 10;

export interface BoardFacts {
  of(entry: LedgerEntry): EntryFacts;
  membersOf(groupId: string): readonly JiraPerson[];
}

/**
 * `answersOf` narrows whose answers are read (by default every entry's): a view that shows only some of the
 * entries need not read the others' answers, one KVS query each.
 */
export async function readBoardFacts(
  deps: BoardDeps,
  entries: readonly LedgerEntry[],
  extraGroupIds: readonly string[] = [],
  answersOf: readonly LedgerEntry[] = entries,
): Promise<BoardFacts> {
  const groupIds = new Set(extraGroupIds.filter((id) => id !== ''));
  for (const entry of entries) for (const group of entry.routing?.groups ?? []) groupIds.add(group.groupId);
  const members = new Map<string, readonly JiraPerson[]>();
  for (const groupId of groupIds) members.set(groupId, await attributionMembers(deps.app.jira, groupId));

  const answers = new Map<string, readonly RecordedAnswer[]>();
  const tallied = answersOf.filter(
    (entry) => entry.status === 'awaiting-approval' || entry.status === 'implemented-before-approval',
  );
  for (let start = 0; start < tallied.length; start += ANSWER_READS_AT_ONCE) {
    const batch = tallied.slice(start, start + ANSWER_READS_AT_ONCE);
    const read = await Promise.all(batch.map((entry) => deps.app.ledger.listAnswers(entry.issueKey)));
    batch.forEach((entry, index) => answers.set(entry.issueKey, read[index] ?? []));
  }
  const membersOf = (groupId: string) => members.get(groupId) ?? [];
  return {
    membersOf,
    of: (entry) => ({
      members: Object.fromEntries(
        (entry.routing?.groups ?? []).map((group) => [group.groupId, membersOf(group.groupId)]),
      ),
      answers: answers.get(entry.issueKey) ?? [],
    }),
  };
}
