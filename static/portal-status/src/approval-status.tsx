/**
 * Where the approval stands: status, who is asked, the deadline, the decision record and what was asked.
 * Requesters read; an approver who opens the request here (viewer.canAnswer) can also approve or decline.
 */
import { useCallback, useEffect } from 'react';
import { LoadFailure, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { AnswerApprovalForm } from './answer-approval-form';
import { ApproverGroups } from './approver-groups';
import { BreakGlassNotice } from './break-glass-notice';
import { DeadlineLine } from './deadline-line';
import { DecisionRecord } from './decision-record';
import { EvidenceSummary } from './evidence-summary';
import { ImplementNowForm } from './implement-now-form';
import { StatusHeader } from './status-header';
import { LateDeadlineNote } from './late-deadline-note';
import { useApprovalPanel } from './use-approval-panel';
import { useViewer } from '../../ui-kit/use-viewer';

export function ApprovalStatus(props: {
  issueKey: string;
  /** Raised by the page when something else changed the request (answers submitted): re-read quietly. */
  refreshRound: number;
}) {
  const { issueKey, refreshRound } = props;
  const load = useCallback(() => contract.getApprovalPanel({ issueKey }), [issueKey]);
  const { panel, reload, refresh, replace } = useApprovalPanel(load);
  const viewer = useViewer();
  useEffect(() => {
    if (refreshRound > 0) refresh();
  }, [refreshRound, refresh]);

  if (panel.state === 'loading') return <Spinner label="Loading the approval status…" />;
  if (panel.state === 'failed') {
    return (
      <LoadFailure title="The approval status could not be loaded" testId="load-failure" onRetry={reload}>
        <p className="rs-note">{panel.error.message}</p>
      </LoadFailure>
    );
  }
  const { view } = panel;
  const pending = view.decision === 'pending';
  return (
    <div className="rs-stack" data-testid="request-status">
      {panel.refreshError === null ? null : (
        <LoadFailure
          appearance="warning"
          title="This may be out of date"
          testId="refresh-failure"
          onRetry={reload}
        >
          <p className="rs-note">{panel.refreshError.message}</p>
        </LoadFailure>
      )}
      <StatusHeader view={view} viewer={viewer} />
      <BreakGlassNotice emergency={view.emergency} viewer={viewer} />
      <ApproverGroups groups={view.groups} />
      <DeadlineLine deadline={view.deadline} pending={pending} viewer={viewer} />
      {pending ? <LateDeadlineNote late={view.deadlineAfterWindowStart} viewer={viewer} /> : null}
      {view.viewer.canAnswer && view.viewer.approvalId !== null && pending ? (
        <AnswerApprovalForm view={view} approvalId={view.viewer.approvalId} onAnswered={replace} />
      ) : pending && view.viewer.reason !== '' ? (
        <p className="ak-subtlest rs-note" data-testid="viewer-reason">
          {view.viewer.reason}
        </p>
      ) : null}
      {view.emergency?.canImplementNow === true ? (
        <ImplementNowForm view={view} onImplemented={replace} />
      ) : null}
      {/* After the approvers: the record is long, and who decided is what a requester looks for first. */}
      <DecisionRecord text={view.decisionRecord} document={view.decisionRecordDocument ?? null} />
      <EvidenceSummary evidence={view.evidence} viewer={viewer} />
    </div>
  );
}
