/**
 * Approve or decline, for an approver who opens the request on the portal. The server decides who may
 * answer (self-approval and non-approvers are refused there); this form only reports what it says.
 */
import { useState } from 'react';
import { showFlag } from '@forge/bridge';
import type { ApprovalPanelView, ResolverError } from '@async-cab/shared/client';
import { Button, Field, SectionMessage } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { answerPayload } from './answer-payload';

export function AnswerApprovalForm(props: {
  view: ApprovalPanelView;
  approvalId: string;
  onAnswered: (view: ApprovalPanelView) => void;
}) {
  const [comment, setComment] = useState('');
  const [conditions, setConditions] = useState('');
  const [sending, setSending] = useState<'approve' | 'decline' | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);

  const answer = async (decision: 'approve' | 'decline') => {
    setSending(decision);
    setError(null);
    const result = await contract.answerApproval(
      answerPayload({
        issueKey: props.view.issueKey,
        approvalId: props.approvalId,
        decision,
        comment,
        conditions,
      }),
    );
    setSending(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    void showFlag({
      id: `acab-answer-${props.view.issueKey}`,
      title: decision === 'approve' ? 'You approved this change' : 'You declined this change',
      type: 'success',
      isAutoDismiss: true,
    });
    props.onAnswered(result.value);
  };

  const fieldError = (field: string) => error?.fieldErrors?.find((e) => e.field.startsWith(field))?.message;

  return (
    <section className="rs-section rs-answer" aria-labelledby="rs-answer">
      <h3 id="rs-answer">Your approval</h3>
      {error === null ? null : (
        <SectionMessage appearance="error" title="Your answer was not recorded" testId="answer-error">
          <p className="rs-note">{error.message}</p>
        </SectionMessage>
      )}
      <Field
        id="rs-comment"
        label="Comment"
        help="Optional. Shown in the decision record."
        error={fieldError('comment')}
      >
        {(aria) => (
          <textarea
            {...aria}
            className="ak-input"
            value={comment}
            onChange={(event) => {
              setComment(event.target.value);
            }}
          />
        )}
      </Field>
      <Field
        id="rs-conditions"
        label="Conditions"
        help="Optional, one per line, e.g. “Deploy after 18:00 only”."
        error={fieldError('conditions')}
      >
        {(aria) => (
          <textarea
            {...aria}
            className="ak-input"
            value={conditions}
            onChange={(event) => {
              setConditions(event.target.value);
            }}
          />
        )}
      </Field>
      <div className="ak-row">
        <Button
          appearance="primary"
          disabled={sending !== null}
          testId="approve"
          onClick={() => {
            void answer('approve');
          }}
        >
          {sending === 'approve' ? 'Approving…' : 'Approve'}
        </Button>
        <Button
          disabled={sending !== null}
          testId="decline"
          onClick={() => {
            void answer('decline');
          }}
        >
          {sending === 'decline' ? 'Declining…' : 'Decline'}
        </Button>
      </div>
    </section>
  );
}
