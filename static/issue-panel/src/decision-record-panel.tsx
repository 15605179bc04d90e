/**
 * The decision record once the change is decided, as the issue's comment reads: the decision, who decided
 * what and when, conditions, dissent, context and links, drawn from its ADF (ui-kit/adf-document.tsx). It is
 * a page long, so in the panel it starts with its first part and opens in place. From a server that sends
 * only its text, the text is shown.
 */
import type { ApprovalPanelView } from '@async-cab/shared/client';
import { useId, useState } from 'react';
import { AdfDocumentView } from '../../ui-kit/adf-document';
import { SectionMessage } from '../../ui-kit/components';
import { ShowMoreText } from './show-more-text';

export function DecisionRecordPanel(props: { panel: ApprovalPanelView }) {
  const { panel } = props;
  if (panel.decision === 'pending') return null;
  const document = panel.decisionRecordDocument ?? null;
  if (document !== null) {
    return (
      <section className="cab-record" aria-labelledby="cab-record-title" data-testid="decision-record">
        <h3 id="cab-record-title" className="cab-record__title">
          Decision record
        </h3>
        <FoldedRecord document={document} testId="decision-record-document" />
      </section>
    );
  }
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

/** The record clipped to its first part (the decision and who decided), with "Show the whole record". */
export function FoldedRecord(props: { document: unknown; testId: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={open ? 'cab-fold cab-fold--open' : 'cab-fold'}>
      <div id={id} className="cab-fold__body">
        <AdfDocumentView document={props.document} headingOffset={2} testId={props.testId} />
      </div>
      <button
        type="button"
        className="cab-link-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        {open ? 'Show less' : 'Show the whole record'}
      </button>
    </div>
  );
}
