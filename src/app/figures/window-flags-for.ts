/**
 * The freeze and clash flags of a change request's planned window, for the request forms, the issue panel
 * and the approvers (src/domain/calendar/window-flags.ts), from the policy and the other open changes in
 * the ledger around that window, with systems by name. One policy read, a few ledger pages, and what
 * `visible` asks Jira.
 */
import { windowFlags, type WindowToFlag } from '../../domain/calendar';
import type { Policy } from '../../domain/policy';
import { systemNames } from '../../domain/policy/system-names';
import type { WindowFlagsView } from '../../shared/figures-view-models';
import type { AppDeps } from '../app-deps';
import type { LedgerScan } from '../ports/figures-ports';
import { plannedChangesBetween, type VisibleToViewer } from './planned-changes';

export async function windowFlagsFor(
  deps: { app: Pick<AppDeps, 'policies'>; ledgerScan: LedgerScan },
  cr: WindowToFlag,
  /** The change request's own key, left out of its clashes; null for one not raised yet (the form). */
  issueKey: string | null,
  /** The change requests the viewer could open; clashes with others are not named to them. */
  visible: VisibleToViewer,
): Promise<WindowFlagsView> {
  const { policy } = await deps.app.policies.get();
  const { changes } = await plannedChangesBetween(
    deps.ledgerScan,
    Date.parse(cr.plannedWindow.start),
    Date.parse(cr.plannedWindow.end),
    visible,
  );
  return namedFlags(
    policy,
    windowFlags(
      policy,
      cr,
      changes.filter((change) => change.issueKey !== issueKey),
    ),
  );
}

export function hasWindowFlags(flags: WindowFlagsView): boolean {
  return flags.freeze !== null || flags.conflicts.length > 0;
}

function namedFlags(policy: Pick<Policy, 'systems'>, flags: ReturnType<typeof windowFlags>): WindowFlagsView {
  const names = (keys: readonly string[]) => systemNames(policy, keys);
  return {
    systemsKnown: flags.systemsKnown,
    freeze:
      flags.freeze === null
        ? null
        : {
            blocking: flags.freeze.blocking,
            hits: flags.freeze.hits.map((hit) => ({
              ...hit,
              systems: hit.systems === 'all' ? 'all' : names(hit.systems),
            })),
          },
    conflicts: flags.conflicts.map((conflict) => ({ ...conflict, systems: names(conflict.systems) })),
  };
}
