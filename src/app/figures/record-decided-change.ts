/**
 * Counts a decided change request in the board's figures as the decision is published, so that a view
 * reads one rollup per week instead of every change request (docs/architecture.md, "The board").
 * Idempotent per issue key: the week's rollup lists the keys it counted, so a retried publisher, a
 * redelivered event or a resume counts once. The fact is kept pending first and folded under one writer
 * per week; what a busy week or a dying invocation leaves pending, the next call folds.
 */
import { weekOfFact } from '../../domain/figures';
import type { FiguresRollupStore } from '../ports/figures-ports';
import type { JiraAppPort } from '../ports/jira-port';
import type { LedgerEntry, RecordedAnswer } from '../ports/store-ports';
import { decidedChangeFactOf, type GroupMembers } from './decided-change-fact-of';
import { byWeek, foldIntoWeek, type FoldOutcome } from './fold-into-week';

/** What recording needs: the app's ports (AppDeps) have both. */
export interface RecordFiguresDeps {
  /** Absent where the deployment keeps no figures (tests without the board). */
  figures?: FiguresRollupStore | undefined;
  jira: Pick<JiraAppPort, 'groupMembers' | 'recentGroupMembers'>;
}

/** 'not-kept': the deployment keeps no figures; 'not-decided': the entry has no decision (yet). */
export type RecordedFigures = FoldOutcome | 'not-kept' | 'not-decided';

/** Pending facts of earlier calls folded along with this one, at most (one KVS page). */
const LEFTOVERS_PER_CALL = 20;

export async function recordDecidedChange(
  deps: RecordFiguresDeps,
  entry: LedgerEntry,
  answers: readonly RecordedAnswer[],
): Promise<RecordedFigures> {
  const store = deps.figures;
  if (store === undefined) return 'not-kept';
  if (entry.decision === null) return 'not-decided';
  const fact = decidedChangeFactOf(entry, answers, await membersOf(deps, entry, answers));
  if (fact === null) return 'not-decided';
  await store.keepPending(fact);
  const outcome = (await foldIntoWeek(store, weekOfFact(fact), [fact])).get(fact.issueKey) ?? 'pending';
  await foldLeftovers(store, fact.issueKey);
  return outcome;
}

async function foldLeftovers(store: FiguresRollupStore, justFolded: string): Promise<void> {
  const leftovers = (await store.listPending(LEFTOVERS_PER_CALL)).filter(
    (fact) => fact.issueKey !== justFolded,
  );
  for (const [week, facts] of byWeek(leftovers)) await foldIntoWeek(store, week, facts);
}

/**
 * The routed groups' members, to tell which group an answer came from; read only when someone answered.
 * The recent (cached) members are enough: this attributes answers, it decides nothing.
 */
async function membersOf(
  deps: RecordFiguresDeps,
  entry: LedgerEntry,
  answers: readonly RecordedAnswer[],
): Promise<GroupMembers> {
  const members = new Map<string, Set<string>>();
  if (answers.length === 0) return members;
  for (const group of entry.routing?.groups ?? []) {
    const people = await (deps.jira.recentGroupMembers?.(group.groupId) ??
      deps.jira.groupMembers(group.groupId));
    members.set(group.groupId, new Set(people.map((person) => person.accountId)));
  }
  return members;
}
