/**
 * Silence as consent on the issue panel: when the objection window closes, a CR nobody
 * declined or objected to is approved. Shown for silence-eligible CRs only; approvers and change managers
 * get a small "Object" button with a reason. The server decides who may object (FORBIDDEN otherwise).
 */
import { useState } from 'react';
import type { ApprovalPanelView, ResolverError } from '@async-cab/shared/client';
import { Button, Field, SectionMessage } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { formatInstant, type Viewer } from '../../ui-kit/format-zoned-time';

export function SilenceObjection(props: { panel: ApprovalPanelView; viewer: Viewer }) {
  // The panel refreshes live; after objecting, the server's answer wins until the next refresh brings it.
  const [answered, setAnswered] = useState<ApprovalPanelView['silence'] | null>(null);
  const silence = answered ?? props.panel.silence;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  if (silence === undefined) return null;
  const closes = formatInstant(silence.objectionDeadline, props.viewer, new Date());

  const send = async () => {
    setSending(true);
    setError(null);
    const result = await contract.objectToChange({ issueKey: props.panel.issueKey, reason });
    setSending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setOpen(false);
    setAnswered(result.value.silence);
  };

  return (
    <section aria-labelledby="cab-silence" data-testid="silence-objection">
      <h3 id="cab-silence">Silence is consent</h3>
      <p>
        {silence.open
          ? `Unless someone declines or objects by ${closes}, this change is approved.`
          : `The objection window closed on ${closes}.`}
      </p>
      {silence.objections.length === 0 ? null : (
        <ul data-testid="silence-objections">
          {silence.objections.map((objection) => (
            <li key={`${objection.by}-${objection.at}`}>
              {objection.by} objected: {objection.reason}
            </li>
          ))}
        </ul>
      )}
      {!silence.canObject ? null : open ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <Field
            id="cab-objection-reason"
            label="Why do you object?"
            required
            error={error?.fieldErrors?.[0]?.message}
          >
            {(aria) => (
              <textarea
                {...aria}
                value={reason}
                onChange={(event) => {
                  setReason(event.target.value);
                }}
              />
            )}
          </Field>
          {error === null || error.fieldErrors !== undefined ? null : (
            <SectionMessage appearance="error" title="Could not object">
              {error.message}
            </SectionMessage>
          )}
          <Button type="submit" appearance="primary" disabled={sending} testId="silence-object-send">
            Object
          </Button>
        </form>
      ) : (
        <Button
          appearance="subtle"
          testId="silence-object-open"
          onClick={() => {
            setOpen(true);
          }}
        >
          Object
        </Button>
      )}
    </section>
  );
}
