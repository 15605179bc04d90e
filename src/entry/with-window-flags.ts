/**
 * The panel of a change request still waiting for its approvers, with its planned window's freezes and
 * clashes (src/app/figures/window-flags-for.ts), so approvers see them before they decide. Ledger reads
 * only, unless another open change overlaps: then one permission check as the viewer decides whether it may
 * be named to them.
 */
import type { ApprovalPanelView } from '../shared/view-models';
import { hasWindowFlags, windowFlagsFor } from '../app/figures/window-flags-for';
import { figuresDeps, visibleToCaller } from './figures-wiring';
import type { InvocationDeps } from './invocation-deps';

export async function withWindowFlags(
  deps: InvocationDeps,
  panel: ApprovalPanelView,
  accountId: string,
): Promise<ApprovalPanelView> {
  if (panel.decision !== 'pending') return panel;
  const entry = await deps.app.ledger.get(panel.issueKey);
  const cr = entry?.changeRequest;
  if (cr === null || cr === undefined || entry?.routing == null) return panel;
  const visible = visibleToCaller(deps, accountId);
  const flags = await windowFlagsFor(figuresDeps(deps.app), cr, panel.issueKey, async (entries) => {
    const others = entries.filter((other) => other.issueKey !== panel.issueKey);
    return others.length === 0 ? [] : visible(others);
  });
  if (!hasWindowFlags(flags)) return panel;
  return { ...panel, windowFlags: flags };
}
