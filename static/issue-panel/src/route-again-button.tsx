/**
 * "Route again" for a change request the policy could not route (change managers and Jira admins,
 * `canRouteAgain`): once the cause is fixed, routing runs with the policy as it is now. The panel then shows
 * what routeAgain returns: routed, or still needing attention with the problems that remain.
 */
import { useState } from 'react';
import type { ApprovalPanelView, ResolverError } from '@async-cab/shared/client';
import { Button, SectionMessage, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';

export function RouteAgainButton(props: { issueKey: string; onRouted: (panel: ApprovalPanelView) => void }) {
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const send = async () => {
    setSending(true);
    setError(null);
    const answer = await contract.routeAgain({ issueKey: props.issueKey });
    setSending(false);
    if (answer.ok) props.onRouted(answer.value);
    else setError(answer.error);
  };
  return (
    <div className="ak-row">
      <Button
        appearance="primary"
        testId="route-again"
        disabled={sending}
        onClick={() => {
          void send();
        }}
      >
        Route again
      </Button>
      {sending ? <Spinner label="Routing…" /> : null}
      {error === null ? null : (
        <SectionMessage appearance="error" title="It could not be routed again" testId="route-again-error">
          <p className="cab-message-text">{error.message}</p>
        </SectionMessage>
      )}
    </div>
  );
}
