/** The request's status as a lozenge, and where routing stands in words the requester understands. */
import type { ApprovalPanelView } from '@async-cab/shared/client';
import { Lozenge, SectionMessage, type LozengeAppearance } from '../../ui-kit/components';
import { formatInstant, type Viewer } from '../../ui-kit/format-zoned-time';

const appearanceOf: Record<ApprovalPanelView['decision'], LozengeAppearance> = {
  pending: 'inprogress',
  approved: 'success',
  declined: 'removed',
};

const decisionWords: Record<ApprovalPanelView['decision'], string> = {
  pending: 'Waiting for approval',
  approved: 'Approved',
  declined: 'Declined',
};

function wordsOf(view: ApprovalPanelView): string {
  if (view.decision === 'pending' && view.phase === 'implemented-before-approval')
    return 'Implemented, waiting for retrospective approval';
  return decisionWords[view.decision];
}

export function StatusHeader(props: { view: ApprovalPanelView; viewer: Viewer }) {
  const { routing } = props.view;
  return (
    <div className="rs-stack">
      <div className="ak-row" data-testid="status">
        <Lozenge appearance={appearanceOf[props.view.decision]}>{props.view.status}</Lozenge>
        <span className="ak-visually-hidden">{wordsOf(props.view)}</span>
      </div>
      {routing.state === 'needs-attention' ? (
        <SectionMessage appearance="warning" title="Waiting for the change manager" testId="routing">
          <p className="rs-note">{routing.message}</p>
          {routing.problems.length > 0 ? (
            <ul className="rs-list">
              {routing.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </SectionMessage>
      ) : null}
      {routing.state === 'not-routed' ? (
        <SectionMessage title="Not sent to approvers yet" testId="routing">
          <p className="rs-note">{routing.message}</p>
        </SectionMessage>
      ) : null}
      {routing.state === 'draft' || routing.state === 'waiting-for-answers' ? (
        // The answers section above says what is needed; here only where routing stands.
        <p className="ak-subtle rs-note" data-testid="routing">
          Not sent to the approvers yet. {routing.message}
        </p>
      ) : null}
      {routing.state === 'routed' ? (
        <p className="ak-subtle rs-note" data-testid="routing">
          Sent to the approvers on {formatInstant(routing.routedAt, props.viewer, new Date())}.
        </p>
      ) : null}
    </div>
  );
}
