/**
 * The change calendar of a period: planned windows by system and ISO week, clashes on a system and freeze
 * windows marked (docs/architecture.md, flow 7). Reads the policy and the ledger's recent rows; shows only the
 * change requests the viewer could open in Jira (`visible`).
 */
import { calendarGrid } from '../../domain/calendar';
import type { CalendarView } from '../../shared/figures-view-models';
import type { AppDeps } from '../app-deps';
import type { LedgerScan } from '../ports/figures-ports';
import { periodBounds, type Period } from './figures-period';
import { plannedChangesBetween, type VisibleToViewer } from './planned-changes';

export async function getCalendar(
  deps: { app: Pick<AppDeps, 'policies'>; ledgerScan: LedgerScan },
  period: Period,
  visible: VisibleToViewer,
): Promise<CalendarView> {
  const { fromMs, untilMs, weeks } = periodBounds(period);
  const { policy } = await deps.app.policies.get();
  const { changes, routedSince } = await plannedChangesBetween(deps.ledgerScan, fromMs, untilMs, visible);
  return {
    period,
    ...calendarGrid(policy, changes, weeks),
    routedSince: new Date(routedSince).toISOString(),
  };
}
