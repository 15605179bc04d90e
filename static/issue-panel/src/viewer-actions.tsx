/**
 * What the person looking at the panel can do. The server decides (viewer.canAnswer, from the invocation's
 * account, docs/architecture.md); the panel only shows the buttons it was told to and explains otherwise.
 */
import type { ApprovalPanelView, ResolverError } from '@async-cab/shared/client';
import { SectionMessage } from '../../ui-kit/components';
import { AnswerForm, type Decision } from './answer-form';
import { answerErrorLines, answerErrorTitle } from './answer-error-text';

export function ViewerActions(props: {
  panel: ApprovalPanelView;
  refusal: ResolverError | null;
  onAnswered: (decision: Decision, panel: ApprovalPanelView) => void;
  onRefused: (error: ResolverError) => void;
}) {
  const { viewer } = props.panel;
  return (
    <div className="cab-actions">
      {props.refusal === null ? null : (
        <SectionMessage appearance="error" title={answerErrorTitle(props.refusal)} testId="answer-error">
          {answerErrorLines(props.refusal).map((line) => (
            <p className="cab-message-text" key={line}>
              {line}
            </p>
          ))}
        </SectionMessage>
      )}
      {viewer.canAnswer && viewer.approvalId !== null ? (
        <AnswerForm
          issueKey={props.panel.issueKey}
          approvalId={viewer.approvalId}
          onAnswered={props.onAnswered}
          onRefused={props.onRefused}
        />
      ) : (
        <p className="ak-subtle cab-viewer-reason" data-testid="viewer-reason">
          {viewer.reason}
        </p>
      )}
    </div>
  );
}
