/**
 * A change request drafted from a pull request: nobody is asked to approve it until its requester completes
 * and submits it on the portal. Says who that is (or why nobody is), what they still have to answer, and
 * lets a change manager hand the draft to someone else.
 */
import type { ApprovalPanelView, PersonView, RoutingStateView } from '@async-cab/shared/client';
import { SectionMessage } from '../../ui-kit/components';
import { AnswerProblemList } from './answer-problem-list';
import { draftOwnerText } from './draft-owner-text';
import { HandOverForm } from './hand-over-form';

type DraftRouting = Extract<RoutingStateView, { state: 'draft' }>;

export function DraftNotice(props: {
  issueKey: string;
  routing: DraftRouting;
  onHandedOver: (panel: ApprovalPanelView, to: PersonView) => void;
}) {
  const { routing } = props;
  return (
    <div className="cab-draft">
      <SectionMessage
        appearance="information"
        title="Draft from GitHub: approvers not asked yet"
        testId="routing-notice"
      >
        <p className="cab-message-text">{routing.message}</p>
        <p className="cab-message-text" data-testid="draft-owner">
          {draftOwnerText(routing.handOver)}
        </p>
        <AnswerProblemList problems={routing.problems} label="Still to answer" />
      </SectionMessage>
      {/* Outside the message: it is a live region, and the picker announces its own status. */}
      {routing.handOver.canHandOver ? (
        <HandOverForm
          issueKey={props.issueKey}
          handOver={routing.handOver}
          onHandedOver={props.onHandedOver}
        />
      ) : null}
    </div>
  );
}
