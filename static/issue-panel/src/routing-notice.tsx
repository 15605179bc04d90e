/**
 * Says plainly when nobody has been asked yet, so an approver does not wait for a request that never came:
 * not routed yet, waiting for the requester's answers (what is missing and why), a draft from GitHub
 * (who it waits for), or waiting for a change manager (a CR with no approver group is never approved by
 * accident).
 */
import type { ApprovalPanelView, PersonView, RoutingStateView } from '@async-cab/shared/client';
import { SectionMessage } from '../../ui-kit/components';
import { AnswerProblemList } from './answer-problem-list';
import { DraftNotice } from './draft-notice';
import { RouteAgainButton } from './route-again-button';

export function RoutingNotice(props: {
  issueKey: string;
  routing: RoutingStateView;
  onHandedOver: (panel: ApprovalPanelView, to: PersonView) => void;
  onRoutedAgain: (panel: ApprovalPanelView) => void;
}) {
  const { routing } = props;
  switch (routing.state) {
    case 'routed':
      return null;
    case 'not-routed':
      return (
        <SectionMessage appearance="warning" title="Approvers not asked yet" testId="routing-notice">
          <p className="cab-message-text">{routing.message}</p>
        </SectionMessage>
      );
    case 'waiting-for-answers':
      return (
        <SectionMessage
          appearance="warning"
          title="Waiting for the requester’s answers"
          testId="routing-notice"
        >
          <p className="cab-message-text">{routing.message}</p>
          <AnswerProblemList problems={routing.problems} label="What is missing" />
          <p className="cab-message-text" data-testid="requester-emailed">
            The requester was emailed what is missing. The change request goes to its approvers by itself as
            soon as the answers are complete.
          </p>
        </SectionMessage>
      );
    case 'draft':
      return <DraftNotice issueKey={props.issueKey} routing={routing} onHandedOver={props.onHandedOver} />;
    case 'needs-attention':
      return (
        <SectionMessage
          appearance="warning"
          title="This change needs a change manager"
          testId="routing-notice"
        >
          <p className="cab-message-text">{routing.message}</p>
          {routing.problems.length > 0 ? (
            <ul className="cab-list">
              {routing.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
          {routing.canRouteAgain ? (
            <RouteAgainButton issueKey={props.issueKey} onRouted={props.onRoutedAgain} />
          ) : (
            <p className="cab-message-text" data-testid="route-again-who">
              A change manager or a Jira administrator can route it again once the problems are fixed.
            </p>
          )}
        </SectionMessage>
      );
  }
}
