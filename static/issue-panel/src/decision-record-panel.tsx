/** The decision record once the change is decided (decision, who, when, conditions, context). */
import type { ApprovalPanelView } from '@async-cab/shared/client';
import { SectionMessage } from '../../ui-kit/components';
import { ShowMoreText } from './show-more-text';

export function DecisionRecordPanel(props: { panel: ApprovalPanelView }) {
  const { panel } = props;
  if (panel.decision === 'pending') return null;
  const approved = panel.decision === 'approved';
  return (
    <SectionMessage
      appearance={approved ? 'success' : 'error'}
      title={approved ? 'Change approved' : 'Change declined'}
      testId="decision-record"
    >
      {panel.decisionRecord === null ? (
        <p className="cab-message-text">
          The decision record is being written; it appears here and as a comment on the issue shortly.
        </p>
      ) : (
        // The record is a full page (decisions, conditions, context, reasons); its first lines say who decided.
        <ShowMoreText text={panel.decisionRecord} maxChars={600} maxLines={8} testId="decision-record-text" />
      )}
    </SectionMessage>
  );
}
