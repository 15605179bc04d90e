import type { PlannedChange } from '../../domain/calendar';
import type { LedgerScan } from '../ports/figures-ports';
import type { LedgerEntry, LedgerStatus } from '../ports/store-ports';

/** The statuses whose change requests are still going to happen, or have (approved, break-glass). */
export const PLANNED_STATUSES: readonly LedgerStatus[] = [
  'awaiting-approval',
  'approved',
  'implemented-before-approval',
];

/**
 * How long before a window its change request is looked for: changes are planned days or weeks ahead,
 * and a window is at most 14 days long (src/domain/change-request/change-request-fields.ts), so one routed
 * more than this before the window is not shown. It bounds what the calendar reads to the recent ledger.
 */
export const PLANNED_AHEAD_DAYS = 120;
const DAY_MS = 86_400_000;

/**
 * Keeps the change requests the viewer could open in Jira (the board's rule, src/app/board/visible-entries.ts),
 * so a calendar or a clash never names one they may not see.
 */
export type VisibleToViewer = (entries: readonly LedgerEntry[]) => Promise<readonly LedgerEntry[]>;

/** The planned changes whose windows overlap [fromMs, untilMs), read a ledger page at a time. */
export async function plannedChangesBetween(
  scan: LedgerScan,
  fromMs: number,
  untilMs: number,
  visible: VisibleToViewer,
): Promise<{ changes: PlannedChange[]; routedSince: number }> {
  const routedSince = fromMs - PLANNED_AHEAD_DAYS * DAY_MS;
  const planned: LedgerEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await scan.page(
      { statuses: PLANNED_STATUSES, routedFrom: routedSince, routedUntil: untilMs },
      cursor,
    );
    for (const entry of page.entries) {
      const window = entry.changeRequest?.plannedWindow;
      if (window !== undefined && Date.parse(window.start) < untilMs && Date.parse(window.end) > fromMs)
        planned.push(entry);
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  const shown = planned.length === 0 ? [] : await visible(planned);
  return { changes: shown.flatMap((entry) => plannedChangeOf(entry) ?? []), routedSince };
}

export function plannedChangeOf(entry: LedgerEntry): PlannedChange | null {
  const cr = entry.changeRequest;
  if (cr === null) return null;
  return {
    issueKey: entry.issueKey,
    summary: cr.summary,
    systems: cr.affectedSystems,
    changeType: entry.routing?.changeType ?? cr.changeType,
    window: cr.plannedWindow,
    status: entry.status,
  };
}
