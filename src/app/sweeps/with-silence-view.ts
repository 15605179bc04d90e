/** Adds silence as consent to the panel: the objection window and the "Object" button. */
import { formatDisplayTime } from '../../domain/decision-record';
import type { ApprovalPanelView, SilenceView } from '../../shared/view-models';
import { memberOfGroups } from './member-of-groups';
import type { SweepDeps } from './sweep-deps';

export async function withSilenceView(
  deps: SweepDeps,
  panel: ApprovalPanelView,
  viewerAccountId: string,
): Promise<ApprovalPanelView> {
  const entry = await deps.app.ledger.get(panel.issueKey);
  const routing = entry?.routing;
  const silence = routing?.silenceIsConsent;
  if (entry === undefined || routing == null || silence == null) return panel;
  const objections = await deps.store.objections(panel.issueKey);
  const open =
    entry.status === 'awaiting-approval' &&
    entry.decision === null &&
    Date.parse(silence.objectionDeadline) > deps.app.clock.now().getTime();
  const mayObject =
    open &&
    !objections.some((objection) => objection.accountId === viewerAccountId) &&
    (await memberOfGroups(deps, viewerAccountId, [
      ...routing.groups.map((group) => group.groupId),
      routing.escalation.groupId,
    ])) !== null;
  const view: SilenceView = {
    objectionDeadline: silence.objectionDeadline,
    display: formatDisplayTime(silence.objectionDeadline, routing.groups[0]?.timeZone ?? 'UTC'),
    open,
    canObject: mayObject,
    objections: objections.map((objection) => ({
      by: objection.displayName,
      at: objection.at,
      reason: objection.reason,
    })),
  };
  return { ...panel, silence: view };
}
