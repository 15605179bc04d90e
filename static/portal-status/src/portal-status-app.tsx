/**
 * Below a change request on the portal: where the approval stands. Requesters read; an approver who opens
 * it here (viewer.canAnswer) can also approve or decline.
 */
import { useCallback, useState } from 'react';
import type { ApprovalPanelView, ResolverResult } from '@async-cab/shared/client';
import { LoadFailure, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { AnswerApprovalForm } from './answer-approval-form';
import { ApproverGroups } from './approver-groups';
import { BreakGlassNotice } from './break-glass-notice';
import { DeadlineLine } from './deadline-line';
import { DecisionRecord } from './decision-record';
import { DraftSection } from './draft-section';
import { EvidenceSummary } from './evidence-summary';
import { ImplementNowForm } from './implement-now-form';
import { loadRequestKey } from './extension-context';
import { StatusHeader } from './status-header';
import { useApprovalPanel } from './use-approval-panel';

async function loadPanel(): Promise<ResolverResult<ApprovalPanelView>> {
  const issueKey = await loadRequestKey();
  if (issueKey === null) {
    return {
      ok: false,
      error: { code: 'NOT_FOUND', message: 'This page did not say which request it shows. Reload the page.' },
    };
  }
  return contract.getApprovalPanel({ issueKey });
}

/**
 * A CR drafted from a pull request shows its "Complete and submit" form above the status; after submitting,
 * the status below starts over (keyed), while the form's confirmation stays in place.
 */
export function PortalStatusApp() {
  const [round, setRound] = useState(0);
  return (
    <>
      <DraftSection
        onSubmitted={() => {
          setRound((value) => value + 1);
        }}
      />
      <ApprovalStatus key={round} />
    </>
  );
}

function ApprovalStatus() {
  const load = useCallback(loadPanel, []);
  const { panel, reload, replace } = useApprovalPanel(load);
  if (panel.state === 'loading') {
    return (
      <div className="rs-panel">
        <Spinner label="Loading the approval status…" />
      </div>
    );
  }
  if (panel.state === 'failed') {
    return (
      <div className="rs-panel">
        <LoadFailure title="The approval status could not be loaded" testId="load-failure" onRetry={reload}>
          <p className="rs-note">{panel.error.message}</p>
        </LoadFailure>
      </div>
    );
  }
  const { view } = panel;
  const pending = view.decision === 'pending';
  return (
    <div className="rs-panel rs-stack" data-testid="request-status">
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
      <StatusHeader view={view} />
      <BreakGlassNotice emergency={view.emergency} />
      <ApproverGroups groups={view.groups} />
      <DeadlineLine deadline={view.deadline} pending={pending} />
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
      <DecisionRecord text={view.decisionRecord} />
      <EvidenceSummary evidence={view.evidence} />
    </div>
  );
}
