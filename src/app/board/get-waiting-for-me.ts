/**
 * "Waiting for me": what the viewer is asked to do, oldest deadline first. JSM says whose approval a request
 * is pending (its own list, as the viewer: one call); the ledger adds what JSM does not know: the emergency
 * approvers' retrospective answers after break-glass (collected by the app) and the objection window of a
 * silence-as-consent change, open to its approvers and change managers (README, "Response clocks").
 */
import type { WaitingAsk, WaitingForMeView, WaitingItemView } from '../../shared/board-view-models';
import { boardChangeView } from './board-change-view';
import type { BoardDeps } from './board-ports';
import { boardWindowFlags } from './board-window-flags';
import { readBoardFacts, type BoardFacts } from './read-board-facts';
import { readOpenBoard, type OpenBoard, type OpenEntry } from './read-open-board';
import { visibleEntries } from './visible-entries';

interface Ask {
  open: OpenEntry;
  ask: WaitingAsk;
  asGroups: string[];
  dueAt: string | null;
}

export async function getWaitingForMe(deps: BoardDeps, viewerAccountId: string): Promise<WaitingForMeView> {
  const pending = new Set((await deps.viewer.pendingApprovalKeys()).issueKeys);
  const board = await readOpenBoard(deps);
  const notMine = board.open.filter(
    ({ entry }) => entry.changeRequest?.requester.accountId !== viewerAccountId,
  );
  const escalation = notMine.map(({ entry }) => entry.routing?.escalation.groupId ?? '');
  const facts = await readBoardFacts(
    deps,
    notMine.map(({ entry }) => entry),
    escalation,
    notMine.filter((open) => mayAsk(open, pending, board.now)).map(({ entry }) => entry),
  );
  const asks: Ask[] = [];
  for (const open of notMine) {
    const ask = await askOf(deps, open, viewerAccountId, pending, facts, board.now);
    if (ask !== null) asks.push(ask);
  }
  // JSM's list is itself as the viewer; the others are shown only where the viewer could open the issue.
  const checked = asks.filter((ask) => ask.ask !== 'approve');
  const visible = new Set(
    (
      await visibleEntries(
        deps.viewer,
        checked.map((ask) => ask.open.entry),
        viewerAccountId,
        () => Promise.resolve(pending),
      )
    ).map((entry) => entry.issueKey),
  );
  // Clashes among every open change (unnamed: the other one may be hidden from the viewer).
  const windowFlags = boardWindowFlags(
    board.open.map((open) => open.entry),
    board.policy,
  );
  const items = asks
    .filter((ask) => ask.ask === 'approve' || visible.has(ask.open.entry.issueKey))
    .map((ask) => itemOf(ask, board, facts, viewerAccountId, windowFlags))
    .sort(byDueThenKey);
  return { items, count: items.length, readAt: board.now.toISOString() };
}

async function askOf(
  deps: BoardDeps,
  open: OpenEntry,
  viewerAccountId: string,
  pending: ReadonlySet<string>,
  facts: BoardFacts,
  now: Date,
): Promise<Ask | null> {
  const { entry, state } = open;
  const routing = entry.routing;
  if (routing === null) return null;
  const asGroups = routing.groups
    .filter((group) => facts.membersOf(group.groupId).some((member) => member.accountId === viewerAccountId))
    .map((group) => group.name);
  if (state === 'awaiting-approval' && pending.has(entry.issueKey)) {
    return { open, ask: 'approve', asGroups, dueAt: firstDeadline(routing.groups) };
  }
  if (state === 'break-glass' && entry.breakGlass !== undefined && asGroups.length > 0) {
    const answered = facts.of(entry).answers.some((answer) => answer.accountId === viewerAccountId);
    return answered
      ? null
      : { open, ask: 'retrospective', asGroups, dueAt: entry.breakGlass.retrospectiveDeadline };
  }
  const silence = routing.silenceIsConsent;
  if (state !== 'awaiting-approval' || silence === null) return null;
  if (Date.parse(silence.objectionDeadline) <= now.getTime()) return null;
  const changeManager = facts
    .membersOf(routing.escalation.groupId)
    .some((member) => member.accountId === viewerAccountId);
  if (asGroups.length === 0 && !changeManager) return null;
  const objected = (await deps.objections(entry.issueKey)).some(
    (objection) => objection.accountId === viewerAccountId,
  );
  return objected ? null : { open, ask: 'object', asGroups, dueAt: silence.objectionDeadline };
}

/** Whether the viewer could be asked anything about it (`askOf` decides); only these need their answers. */
function mayAsk({ entry, state }: OpenEntry, pending: ReadonlySet<string>, now: Date): boolean {
  if (state === 'break-glass') return true;
  if (state !== 'awaiting-approval') return false;
  if (pending.has(entry.issueKey)) return true;
  const silence = entry.routing?.silenceIsConsent ?? null;
  return silence !== null && Date.parse(silence.objectionDeadline) > now.getTime();
}

function firstDeadline(groups: readonly { deadline: string }[]): string | null {
  const sorted = groups.map((group) => group.deadline).sort((a, b) => Date.parse(a) - Date.parse(b));
  return sorted[0] ?? null;
}

function itemOf(
  ask: Ask,
  board: OpenBoard,
  facts: BoardFacts,
  viewerAccountId: string,
  windowFlags: ReadonlyMap<string, readonly string[]>,
): WaitingItemView {
  const { entry, state } = ask.open;
  const view = boardChangeView(
    entry,
    state,
    board.policy,
    facts.of(entry),
    viewerAccountId,
    board.now,
    windowFlags.get(entry.issueKey),
  );
  return {
    ...view,
    ask: ask.ask,
    askLabel: askLabelOf(ask),
    // The approval's deadline is the first pending group's, as the row shows it.
    dueAt: ask.ask === 'approve' ? (view.deadline?.at ?? ask.dueAt) : ask.dueAt,
  };
}

const as = (groups: string[]) => (groups.length === 0 ? '' : ` as ${groups.join(', ')}`);

function askLabelOf(ask: Ask): string {
  switch (ask.ask) {
    case 'approve':
      return `Approve or decline${as(ask.asGroups)}`;
    case 'retrospective':
      return `Approve or decline retrospectively${as(ask.asGroups)}: it was implemented before approval`;
    case 'object':
      return 'Object before the objection window closes, or let silence approve it';
  }
}

function byDueThenKey(a: WaitingItemView, b: WaitingItemView): number {
  const due = (item: WaitingItemView) =>
    item.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(item.dueAt);
  return due(a) - due(b) || a.issueKey.localeCompare(b.issueKey, 'en', { numeric: true });
}
