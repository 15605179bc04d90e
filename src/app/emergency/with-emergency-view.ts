/** Adds the emergency fast-track part to the panel: what the UI needs for "Implement now". */
import type { ApprovalPanelView, EmergencyView } from '../../shared/view-models';
import type { AppDeps } from '../app-deps';
import { decisionRecordDocument } from '../decision-record-document';

export async function withEmergencyView(
  deps: AppDeps,
  panel: ApprovalPanelView,
  viewerAccountId: string,
): Promise<ApprovalPanelView> {
  const entry = await deps.ledger.get(panel.issueKey);
  if (entry?.changeRequest?.changeType !== 'emergency') return panel;
  const breakGlass = entry.breakGlass;
  const emergency: EmergencyView = {
    canImplementNow:
      entry.status === 'awaiting-approval' && entry.changeRequest.requester.accountId === viewerAccountId,
    breakGlass:
      breakGlass === undefined
        ? null
        : {
            by: breakGlass.byName,
            at: breakGlass.at,
            reason: breakGlass.reason,
            retrospectiveDeadline: breakGlass.retrospectiveDeadline,
            escalatedAt: breakGlass.escalatedAt ?? null,
            record: breakGlass.recordText,
            recordDocument: await decisionRecordDocument(deps.jira, entry, 'break-glass'),
          },
    postImplementationReview:
      entry.postImplementationReview === undefined
        ? null
        : { issueKey: entry.postImplementationReview.issueKey },
    changeTypeOverride: entry.changeTypeOverride?.reason ?? null,
  };
  return { ...panel, emergency };
}
