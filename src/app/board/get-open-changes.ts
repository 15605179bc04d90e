/**
 * "All open changes": every change request not decided yet, plus stale approvals, that the viewer could open
 * in Jira, filtered by system, approver group, change type and status; overdue ones first, then by deadline.
 * The filters name what the policy has: an unknown system or group is refused with the field named.
 */
import type { Policy } from '../../domain/policy';
import { BOARD_STATUS_FILTERS } from '../../shared/board-schemas';
import type { ParsedPayloadOf } from '../../shared/resolver-contract';
import type { BoardChangeView, OpenChangesFilters, OpenChangesView } from '../../shared/board-view-models';
import { validationFailed } from '../errors';
import { boardChangeView } from './board-change-view';
import { changeTypeLabels, statusFilterLabels } from './board-labels';
import type { BoardDeps } from './board-ports';
import { openChangesJql } from './open-changes-jql';
import { boardWindowFlags } from './board-window-flags';
import { readBoardFacts } from './read-board-facts';
import { readOpenBoard } from './read-open-board';
import { visibleEntries } from './visible-entries';

/** The open change requests the viewer may see, as board rows (also the gadget's overdue count). */
export async function visibleOpenChanges(
  deps: BoardDeps,
  viewerAccountId: string,
): Promise<{ rows: BoardChangeView[]; policy: Policy; truncated: boolean; now: Date }> {
  const board = await readOpenBoard(deps);
  const pending = async () => new Set((await deps.viewer.pendingApprovalKeys()).issueKeys);
  const visible = new Set(
    await visibleEntries(
      deps.viewer,
      board.open.map((open) => open.entry),
      viewerAccountId,
      pending,
    ),
  );
  const shown = board.open.filter((open) => visible.has(open.entry));
  const facts = await readBoardFacts(
    deps,
    shown.map((open) => open.entry),
  );
  // Clashes among every open change, as "Waiting for me" flags them (unnamed: the other may be hidden).
  const windowFlags = boardWindowFlags(
    board.open.map((open) => open.entry),
    board.policy,
  );
  const views = shown.map(({ entry, state }) =>
    boardChangeView(
      entry,
      state,
      board.policy,
      facts.of(entry),
      viewerAccountId,
      board.now,
      windowFlags.get(entry.issueKey),
    ),
  );
  const rows = (await withSummaries(deps, views)).sort(byUrgency);
  return { rows, policy: board.policy, truncated: board.truncated, now: board.now };
}

export async function getOpenChanges(
  deps: BoardDeps,
  viewerAccountId: string,
  filters: ParsedPayloadOf<'getOpenChanges'>,
): Promise<OpenChangesView> {
  const applied = definedFilters(filters);
  const { policy } = await deps.app.policies.get();
  checkFiltersAgainst(policy, applied);
  const open = await visibleOpenChanges(deps, viewerAccountId);
  const jql = openChangesJql(applied, open.policy);
  return {
    items: open.rows.filter((row) => matches(row, applied)),
    total: open.rows.length,
    filters: applied,
    options: {
      systems: open.policy.systems.map((system) => ({ value: system.key, label: system.name })),
      groups: open.policy.approverGroups.map((group) => ({ value: group.groupId, label: group.name })),
      changeTypes: (['standard', 'normal', 'emergency'] as const).map((value) => ({
        value,
        label: changeTypeLabels[value],
      })),
      statuses: BOARD_STATUS_FILTERS.map((value) => ({ value, label: statusFilterLabels[value] })),
    },
    jql: jql.jql,
    jqlNote: jql.note,
    truncated: open.truncated,
    readAt: open.now.toISOString(),
  };
}

/** Rows whose summary the ledger does not keep (answers incomplete) get Jira's, read as the viewer. */
async function withSummaries(deps: BoardDeps, rows: BoardChangeView[]): Promise<BoardChangeView[]> {
  const missing = rows.filter((row) => row.summary === null).map((row) => row.issueKey);
  if (missing.length === 0) return rows;
  const summaries = await deps.viewer.summariesOf(missing);
  return rows.map((row) =>
    row.summary === null ? { ...row, summary: summaries.get(row.issueKey) ?? null } : row,
  );
}

function checkFiltersAgainst(policy: Policy, filters: OpenChangesFilters): void {
  if (filters.system !== undefined && !policy.systems.some((system) => system.key === filters.system)) {
    throw validationFailed(`The policy has no system "${filters.system}".`, [
      { field: 'system', code: 'unknown-system', message: `The policy has no system "${filters.system}".` },
    ]);
  }
  if (
    filters.group !== undefined &&
    !policy.approverGroups.some((group) => group.groupId === filters.group)
  ) {
    throw validationFailed(`The policy has no approver group "${filters.group}".`, [
      {
        field: 'group',
        code: 'unknown-group',
        message: `The policy has no approver group "${filters.group}".`,
      },
    ]);
  }
}

/** Only the filters given (exactOptionalPropertyTypes: no `undefined` values travel). */
function definedFilters(filters: ParsedPayloadOf<'getOpenChanges'>): OpenChangesFilters {
  return {
    ...(filters.system === undefined ? {} : { system: filters.system }),
    ...(filters.group === undefined ? {} : { group: filters.group }),
    ...(filters.changeType === undefined ? {} : { changeType: filters.changeType }),
    ...(filters.status === undefined ? {} : { status: filters.status }),
  };
}

function matches(row: BoardChangeView, filters: OpenChangesFilters): boolean {
  if (filters.system !== undefined && !row.systems.some((system) => system.key === filters.system))
    return false;
  if (filters.group !== undefined && !row.groups.some((group) => group.groupId === filters.group))
    return false;
  if (filters.changeType !== undefined && row.changeType !== filters.changeType) return false;
  if (filters.status === undefined) return true;
  return filters.status === 'overdue' ? row.overdue : row.state === filters.status;
}

/** Overdue first, then the earliest deadline, then those without one, by key. */
function byUrgency(a: BoardChangeView, b: BoardChangeView): number {
  const at = (row: BoardChangeView) =>
    row.deadline === null ? Number.POSITIVE_INFINITY : Date.parse(row.deadline.at);
  return (
    Number(b.overdue) - Number(a.overdue) ||
    at(a) - at(b) ||
    a.issueKey.localeCompare(b.issueKey, 'en', { numeric: true })
  );
}
