/**
 * The `jira:issuePanel` "Change approval" (key cab-approval-panel): finds its issue, loads the panel through
 * getApprovalPanel, and owns what outlives one answer (the refusal message, the success flag).
 */
import { showFlag } from '@forge/bridge';
import { useState } from 'react';
import type { ApprovalPanelView, PersonView, ResolverError } from '@async-cab/shared/client';
import { Button, SectionMessage, Spinner } from '../../ui-kit/components';
import type { Decision } from './answer-form';
import { ApprovalPanelBody } from './approval-panel-view';
import { handedOverTitle } from './draft-owner-text';
import { answeredFlagTitle } from './panel-labels';
import { useIssueKey } from './use-issue-key';
import { useLivePanel } from './use-live-panel';

export function IssuePanelApp() {
  const issue = useIssueKey();
  if (issue.state === 'loading') return <Spinner label="Loading the change approval…" />;
  if (issue.state === 'failed') {
    return (
      <SectionMessage appearance="error" title="The approval panel could not start" testId="panel-error">
        <p className="cab-message-text">{issue.message}</p>
      </SectionMessage>
    );
  }
  return <LoadedPanel issueKey={issue.issueKey} />;
}

function LoadedPanel(props: { issueKey: string }) {
  const { live, reload, show } = useLivePanel(props.issueKey);
  const [refusal, setRefusal] = useState<ResolverError | null>(null);

  if (live.state === 'loading') return <Spinner label="Loading the change approval…" />;
  if (live.state === 'failed') {
    return (
      <SectionMessage appearance="error" title="The approval could not be loaded" testId="panel-error">
        <p className="cab-message-text">{live.error.message}</p>
        <Button
          testId="try-again"
          onClick={() => {
            reload({ visibly: true });
          }}
        >
          Try again
        </Button>
      </SectionMessage>
    );
  }

  const answered = (decision: Decision, panel: ApprovalPanelView) => {
    setRefusal(null);
    show(panel);
    showFlag({
      id: `cab-answered-${panel.issueKey}-${decision}`,
      title: answeredFlagTitle(decision, panel.issueKey),
      description: flagDescription(panel),
      type: 'success',
      isAutoDismiss: true,
    });
  };
  const refused = (error: ResolverError) => {
    setRefusal(error);
    // The refusal usually means the panel is out of date (already decided, no longer an approver).
    reload();
  };

  const handedOver = (panel: ApprovalPanelView, to: PersonView) => {
    setRefusal(null);
    show(panel);
    showFlag({
      id: `cab-handed-over-${panel.issueKey}-${to.accountId}`,
      title: handedOverTitle(panel.issueKey, to.displayName),
      description: `The draft now waits for ${to.displayName} to complete and submit it.`,
      type: 'success',
      isAutoDismiss: true,
    });
  };

  const routedAgain = (panel: ApprovalPanelView) => {
    setRefusal(null);
    show(panel);
    const routed = panel.routing.state === 'routed';
    showFlag({
      id: `cab-routed-again-${panel.issueKey}`,
      title: routed ? `${panel.issueKey} was routed` : `${panel.issueKey} still cannot be routed`,
      description: routed
        ? 'Its approvers were asked; the panel shows who and by when.'
        : 'The panel lists what still stands in the way.',
      type: routed ? 'success' : 'warning',
      isAutoDismiss: true,
    });
  };

  return (
    <ApprovalPanelBody
      panel={live.panel}
      refusal={refusal}
      staleBecause={live.refreshError}
      onAnswered={answered}
      onRefused={refused}
      onHandedOver={handedOver}
      onRoutedAgain={routedAgain}
    />
  );
}

function flagDescription(panel: ApprovalPanelView): string {
  if (panel.decision === 'approved')
    return `${panel.issueKey} is approved; the decision record is on the issue.`;
  if (panel.decision === 'declined')
    return `${panel.issueKey} is declined; the decision record is on the issue.`;
  return 'Your answer is recorded. The change waits for the other approvers.';
}
