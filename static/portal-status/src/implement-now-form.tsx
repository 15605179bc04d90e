/**
 * Break-glass for the requester of an emergency change (docs/architecture.md, flow 5): a written reason, then
 * an explicit confirmation, then `implementNow`. The server checks the reason (VALIDATION_FAILED on
 * `reason`), the requester and the status again; this form only reports what it says.
 */
import { useState } from 'react';
import { showFlag } from '@forge/bridge';
import type { ApprovalPanelView, ResolverError } from '@async-cab/shared/client';
import { Button, Field, SectionMessage } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';

/** Mirrors the contract's minimum so the person learns it before sending (the server decides). */
const MIN_REASON = 20;

export function ImplementNowForm(props: {
  view: ApprovalPanelView;
  onImplemented: (view: ApprovalPanelView) => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);

  if (!open) {
    return (
      <div className="ak-row">
        <Button
          appearance="danger"
          testId="implement-now-open"
          onClick={() => {
            setOpen(true);
          }}
        >
          Implement now
        </Button>
      </div>
    );
  }

  const send = async () => {
    setSending(true);
    setError(null);
    const result = await contract.implementNow({ issueKey: props.view.issueKey, reason });
    setSending(false);
    setConfirming(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    void showFlag({
      id: `acab-implement-now-${props.view.issueKey}`,
      title: 'Implementation started before approval',
      type: 'warning',
      isAutoDismiss: true,
    });
    props.onImplemented(result.value);
  };

  const tooShort = reason.trim().length < MIN_REASON;
  const reasonError =
    error?.fieldErrors?.find((fieldError) => fieldError.field === 'reason')?.message ??
    (attempted && tooShort ? `Write at least ${String(MIN_REASON)} characters.` : undefined);

  return (
    <section className="rs-section rs-answer" aria-labelledby="rs-implement-now">
      <h3 id="rs-implement-now">Implement now, approve after</h3>
      <p className="rs-note">
        The emergency approvers still have to approve this change afterwards. Everyone can read your reason in
        the decision record.
      </p>
      {error === null || error.fieldErrors !== undefined ? null : (
        <SectionMessage
          appearance="error"
          title="Implementation was not started"
          testId="implement-now-error"
        >
          <p className="rs-note">{error.message}</p>
        </SectionMessage>
      )}
      <Field
        id="rs-implement-reason"
        label="Why can this not wait for the emergency approvers?"
        help="Required."
        error={reasonError}
      >
        {(aria) => (
          <textarea
            {...aria}
            className="ak-input"
            data-testid="implement-now-reason"
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              // A changed reason is confirmed again.
              setConfirming(false);
            }}
          />
        )}
      </Field>
      {confirming ? (
        <SectionMessage
          appearance="warning"
          title="Start implementing before approval?"
          testId="implement-now-confirm"
        >
          <div className="ak-row">
            <Button
              appearance="danger"
              disabled={sending}
              testId="implement-now-confirm-yes"
              onClick={() => {
                void send();
              }}
            >
              {sending ? 'Starting…' : 'Yes, implement now'}
            </Button>
            <Button
              disabled={sending}
              onClick={() => {
                setConfirming(false);
              }}
            >
              Not yet
            </Button>
          </div>
        </SectionMessage>
      ) : (
        <div className="ak-row">
          <Button
            appearance="danger"
            testId="implement-now-submit"
            onClick={() => {
              setAttempted(true);
              setConfirming(!tooShort);
            }}
          >
            Implement now…
          </Button>
          <Button
            appearance="subtle"
            onClick={() => {
              setOpen(false);
              setConfirming(false);
            }}
          >
            Cancel
          </Button>
        </div>
      )}
    </section>
  );
}
