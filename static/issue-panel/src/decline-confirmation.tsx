/**
 * Declining stops the change, and a decline without a reason leaves the requester guessing what to fix,
 * so the panel asks once more and says so when the comment is empty.
 */
import { useEffect, useRef } from 'react';
import { Button, Spinner } from '../../ui-kit/components';

export function DeclineConfirmation(props: {
  issueKey: string;
  hasComment: boolean;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // With a comment written, the next step is the confirm button; without, the form focuses the comment.
    if (props.hasComment) box.current?.querySelector<HTMLButtonElement>('button')?.focus();
    // Only on opening: focus must not jump while the person types.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div
      ref={box}
      className="ak-message ak-message--warning cab-confirm"
      role="group"
      aria-labelledby="cab-decline-title"
      data-testid="decline-confirmation"
    >
      <h4 id="cab-decline-title">Decline {props.issueKey}?</h4>
      <p className="cab-message-text">
        Declining is final: this change will not go ahead as it is.
        {props.hasComment ? null : (
          <strong data-testid="decline-comment-hint">
            {' '}
            Add a comment that says what must change, so the requester knows how to fix it.
          </strong>
        )}
      </p>
      <div className="ak-row">
        <Button appearance="danger" disabled={props.busy} testId="confirm-decline" onClick={props.onConfirm}>
          {props.hasComment ? 'Decline change' : 'Decline without a comment'}
        </Button>
        <Button appearance="subtle" disabled={props.busy} testId="cancel-decline" onClick={props.onCancel}>
          Cancel
        </Button>
        {props.busy ? <Spinner label="Sending your decline…" /> : null}
      </div>
    </div>
  );
}
