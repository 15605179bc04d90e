/**
 * The dashboard gadget: the first five of "Waiting for me" with their count, and how many open change
 * requests are overdue across the team (every approver group), as far as the viewer may see them.
 */
import type { BoardGadgetView } from '../../shared/board-view-models';
import type { BoardDeps } from './board-ports';
import { visibleOpenChanges } from './get-open-changes';
import { getWaitingForMe } from './get-waiting-for-me';
import { OVERDUE_JQL } from './open-changes-jql';

export const GADGET_ITEMS = 5;

export async function getBoardGadget(deps: BoardDeps, viewerAccountId: string): Promise<BoardGadgetView> {
  const waiting = await getWaitingForMe(deps, viewerAccountId);
  const open = await visibleOpenChanges(deps, viewerAccountId);
  return {
    waiting: waiting.items.slice(0, GADGET_ITEMS),
    waitingCount: waiting.count,
    overdueCount: open.rows.filter((row) => row.overdue).length,
    overdueJql: `${OVERDUE_JQL} ORDER BY created ASC`,
    readAt: waiting.readAt,
  };
}
