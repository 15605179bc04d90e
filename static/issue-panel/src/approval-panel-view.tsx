/** The panel for one change request, in the order an approver reads it: state, who, evidence, why, then the answer. */
import type { ApprovalPanelView, PersonView, ResolverError } from '@async-cab/shared/client';
import { ApprovalGroupList } from './approval-group-list';
import { ApproverReasons } from './approver-reasons';
import { BreakGlassPanel } from './break-glass-panel';
import type { Decision } from './answer-form';
import { DecisionRecordPanel } from './decision-record-panel';
import { EvidenceSummary } from './evidence-summary';
import { PanelHeader } from './panel-header';
import { RoutingNotice } from './routing-notice';
import { StaleApprovalNotice, UnexplainedApprovalNotice } from './stale-approval-notice';
import { SilenceObjection } from './silence-objection';
import { ViewerActions } from './viewer-actions';
import { useViewer } from '../../ui-kit/use-viewer';

export function ApprovalPanelBody(props: {
  panel: ApprovalPanelView;
  refusal: ResolverError | null;
  staleBecause: ResolverError | null;
  onAnswered: (decision: Decision, panel: ApprovalPanelView) => void;
  onRefused: (error: ResolverError) => void;
  /** A change manager handed a draft to someone: handOverDraft's answer. */
  onHandedOver: (panel: ApprovalPanelView, to: PersonView) => void;
  /** A change manager routed a needs-attention CR again: routeAgain's answer. */
  onRoutedAgain: (panel: ApprovalPanelView) => void;
}) {
  const { panel } = props;
  const viewer = useViewer();
  return (
    <div className="cab-panel" data-testid="approval-panel">
      <PanelHeader panel={panel} viewer={viewer} />
      {props.staleBecause === null ? null : (
        <p className="ak-subtlest" role="status" data-testid="stale-notice">
          Could not refresh ({props.staleBecause.message}); this may be out of date.
        </p>
      )}
      <RoutingNotice
        issueKey={panel.issueKey}
        routing={panel.routing}
        onHandedOver={props.onHandedOver}
        onRoutedAgain={props.onRoutedAgain}
      />
      <UnexplainedApprovalNotice unexplained={panel.unexplainedApproval} />
      <StaleApprovalNotice stale={panel.staleApproval} />
      <BreakGlassPanel panel={panel} viewer={viewer} />
      <DecisionRecordPanel panel={panel} />
      <SilenceObjection panel={panel} viewer={viewer} />
      <ApprovalGroupList groups={panel.groups} decided={panel.decision !== 'pending'} />
      <EvidenceSummary evidence={panel.evidence} viewer={viewer} />
      <ApproverReasons reasons={panel.reasons} />
      <ViewerActions
        panel={panel}
        refusal={props.refusal}
        onAnswered={props.onAnswered}
        onRefused={props.onRefused}
      />
    </div>
  );
}
