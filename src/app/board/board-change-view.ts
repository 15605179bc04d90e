/**
 * One ledger entry as the board shows it: its state in words, the groups' tally, the first pending group's
 * deadline in working time, and the flags worth a lozenge. Pure: the facts that need reading (who is in each
 * group, the answers the app kept) come in as arguments.
 */
import { decideFromAnswers } from '../../domain/approval';
import type { Policy } from '../../domain/policy';
import type { BoardChangeView, BoardGroupView, BoardState } from '../../shared/board-view-models';
import type { DeadlineView } from '../../shared/view-models';
import { deadlineView, wallClockDeadlineView } from '../deadline-view';
import type { JiraPerson } from '../ports/jira-port';
import type { LedgerEntry, RecordedAnswer } from '../ports/store-ports';
import { changeTypeLabels, groupsLabel, riskLabels, stateLabels } from './board-labels';

export interface EntryFacts {
  /** The members of each routed group (recently read; they only sort answers into groups). */
  members: Readonly<Record<string, readonly JiraPerson[]>>;
  /** Answers given in the app's panel, and the emergency approvers' answers after break-glass. */
  answers: readonly RecordedAnswer[];
}

/** The board state of an entry, or null when it is decided and nothing about it is open any more. */
export function boardStateOf(entry: LedgerEntry): BoardState | null {
  switch (entry.status) {
    case 'waiting-for-answers':
    case 'needs-attention':
      return entry.status;
    case 'awaiting-approval':
      // A decision being published is already decided (lifecycle/lifecycle-of.ts).
      return entry.decision === null ? 'awaiting-approval' : null;
    case 'implemented-before-approval':
      return entry.decision === null ? 'break-glass' : null;
    case 'approved':
      return entry.stale === undefined ? null : 'stale-approval';
    case 'declined':
      return null;
  }
}

export function boardChangeView(
  entry: LedgerEntry,
  state: BoardState,
  policy: Policy,
  facts: EntryFacts,
  viewerAccountId: string,
  now: Date,
  /** Window flags of the page's rows (board-window-flags.ts). */
  windowFlags: readonly string[] = [],
): BoardChangeView {
  const cr = entry.changeRequest;
  const groups = groupViews(entry, state, facts);
  const deadline = deadlineOf(entry, state, policy, groups, now);
  const overdue = entry.overdue !== undefined && entry.decision === null;
  const emergency = (cr?.changeType ?? entry.routing?.changeType) === 'emergency';
  const changeType = cr?.changeType ?? null;
  return {
    issueKey: entry.issueKey,
    summary: cr?.summary ?? null,
    state,
    stateLabel: stateLabels[state],
    changeType,
    changeTypeLabel: changeType === null ? null : changeTypeLabels[changeType],
    risk: cr?.risk ?? null,
    riskLabel: cr === null ? null : riskLabels[cr.risk],
    systems: (cr?.affectedSystems ?? []).map((key) => ({
      key,
      name: policy.systems.find((system) => system.key === key)?.name ?? key,
    })),
    groups,
    groupsLabel:
      groups.length === 0
        ? null
        : groupsLabel(groups.filter((group) => group.satisfied).length, groups.length),
    deadline,
    overdue,
    emergency,
    flags: [...flagsOf(entry, state, overdue, emergency, deadline), ...windowFlags],
    raisedByViewer: cr?.requester.accountId === viewerAccountId,
    raisedBy: entry.requesterName ?? null,
    note: noteOf(entry, state),
  };
}

function groupViews(entry: LedgerEntry, state: BoardState, facts: EntryFacts): BoardGroupView[] {
  const routing = entry.routing;
  if (routing === null || routing.status !== 'routed') return [];
  if (state === 'stale-approval') {
    return routing.groups.map((group) => ({
      groupId: group.groupId,
      name: group.name,
      needed: group.approvalsNeeded,
      approved: group.approvalsNeeded,
      satisfied: true,
    }));
  }
  if (state !== 'awaiting-approval' && state !== 'break-glass') return [];
  const membership = Object.fromEntries(
    routing.groups.map((group) => [
      group.groupId,
      (facts.members[group.groupId] ?? []).map((member) => member.accountId),
    ]),
  );
  const tally = decideFromAnswers({
    groups: routing.groups,
    membership,
    answers: facts.answers,
    requesterAccountId: entry.changeRequest?.requester.accountId ?? '',
  });
  return tally.groups.map((group) => ({
    groupId: group.groupId,
    name: group.name,
    needed: group.needed,
    approved: Math.min(group.approvedBy.length, group.needed),
    satisfied: group.satisfied,
  }));
}

function deadlineOf(
  entry: LedgerEntry,
  state: BoardState,
  policy: Policy,
  groups: readonly BoardGroupView[],
  now: Date,
): DeadlineView | null {
  const routing = entry.routing;
  if (routing === null) return null;
  if (state === 'break-glass' && entry.breakGlass !== undefined) {
    const zone = routing.groups[0]?.timeZone ?? 'UTC';
    return wallClockDeadlineView(entry.breakGlass.retrospectiveDeadline, zone, now);
  }
  if (state !== 'awaiting-approval') return null;
  const pending = groups.filter((group) => !group.satisfied).map((group) => group.groupId);
  return deadlineView(policy, routing, pending, now);
}

function flagsOf(
  entry: LedgerEntry,
  state: BoardState,
  overdue: boolean,
  emergency: boolean,
  deadline: DeadlineView | null,
): string[] {
  const flags: string[] = [];
  if (overdue) flags.push('Overdue');
  if (state === 'break-glass' && deadline?.overdue === true) flags.push('Retrospective overdue');
  if (emergency) flags.push('Emergency');
  if (state === 'awaiting-approval' && entry.routing?.silenceIsConsent != null)
    flags.push('Silence is consent');
  if (entry.unexplained !== undefined) flags.push('Moved without approval');
  return flags;
}

const MAX_NOTE = 160;
const shorten = (text: string) => (text.length <= MAX_NOTE ? text : `${text.slice(0, MAX_NOTE - 1)}…`);

function noteOf(entry: LedgerEntry, state: BoardState): string | null {
  switch (state) {
    case 'waiting-for-answers': {
      const labels = [...new Set((entry.answerProblems ?? []).map((problem) => problem.label))];
      return labels.length === 0
        ? 'The CAB answers are incomplete.'
        : shorten(`Missing or invalid: ${labels.join(', ')}.`);
    }
    case 'needs-attention':
      return entry.problems[0] === undefined ? 'The policy cannot route it.' : shorten(entry.problems[0]);
    case 'stale-approval':
      return entry.stale === undefined
        ? null
        : `New commits after approval (head ${entry.stale.headSha.slice(0, 7)}): ask the approvers to look again.`;
    case 'break-glass':
      return entry.breakGlass === undefined
        ? null
        : shorten(`Implemented now by ${entry.breakGlass.byName}: ${entry.breakGlass.reason}`);
    case 'awaiting-approval':
      return null;
  }
}
