/**
 * The decision record (also posted as an internal comment) once the change request is decided, as formatted
 * text drawn from its ADF (ui-kit/adf-document.tsx): headings, the table of who decided what and when,
 * lists and links. From a server that sends only its text, the text is shown.
 */
import type { DecisionRecordDocument } from '@async-cab/shared/client';
import { AdfDocumentView } from '../../ui-kit/adf-document';

export function DecisionRecord(props: { text: string | null; document?: DecisionRecordDocument | null }) {
  if (props.text === null && (props.document ?? null) === null) return null;
  return (
    <section className="rs-section" aria-labelledby="rs-decision">
      <h3 id="rs-decision">Decision record</h3>
      {props.document == null ? (
        <div className="rs-record" data-testid="decision-record">
          {props.text}
        </div>
      ) : (
        <div className="rs-record rs-record--formatted" data-testid="decision-record">
          <AdfDocumentView document={props.document} headingOffset={2} testId="decision-record-document" />
        </div>
      )}
    </section>
  );
}
