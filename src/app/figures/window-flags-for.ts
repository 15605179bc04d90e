/**
 * The freeze and clash flags of a change request's planned window, for the request form, the issue panel
 * and the approvers (src/domain/calendar/window-flags.ts), from the policy and the other open changes in
 * the ledger around that window. One policy read, a few ledger pages, and what `visible` asks Jira.
 */
import { windowFlags, type WindowFlags } from '../../domain/calendar';
import type { ChangeRequest } from '../../domain/change-request';
import type { AppDeps } from '../app-deps';
import type { LedgerScan } from '../ports/figures-ports';
import { plannedChangesBetween, type VisibleToViewer } from './planned-changes';

export async function windowFlagsFor(
  deps: { app: Pick<AppDeps, 'policies'>; ledgerScan: LedgerScan },
  cr: Pick<ChangeRequest, 'affectedSystems' | 'changeType' | 'plannedWindow'>,
  /** The change request's own key, left out of its clashes; null for one not raised yet (the form). */
  issueKey: string | null,
  /** The change requests the viewer could open; clashes with others are not named to them. */
  visible: VisibleToViewer,
): Promise<WindowFlags> {
  const { policy } = await deps.app.policies.get();
  const { changes } = await plannedChangesBetween(
    deps.ledgerScan,
    Date.parse(cr.plannedWindow.start),
    Date.parse(cr.plannedWindow.end),
    visible,
  );
  return windowFlags(
    policy,
    cr,
    changes.filter((change) => change.issueKey !== issueKey),
  );
}
