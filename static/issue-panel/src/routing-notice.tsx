/**
 * Says plainly when nobody has been asked yet (issue 4: a CR with no approver group "waits for the change
 * manager; it is never approved by accident"), so an approver does not wait for a request that never came.
 */
import type { RoutingStateView } from '@async-cab/shared/client';
import { SectionMessage } from '../../ui-kit/components';

export function RoutingNotice(props: { routing: RoutingStateView }) {
  const { routing } = props;
  if (routing.state === 'routed') return null;
  if (routing.state === 'not-routed') {
    return (
      <SectionMessage appearance="warning" title="Approvers not asked yet" testId="routing-notice">
        <p className="cab-message-text">{routing.message}</p>
      </SectionMessage>
    );
  }
  return (
    <SectionMessage appearance="warning" title="This change needs a change manager" testId="routing-notice">
      <p className="cab-message-text">{routing.message}</p>
      {routing.problems.length > 0 ? (
        <ul className="cab-list">
          {routing.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </SectionMessage>
  );
}
