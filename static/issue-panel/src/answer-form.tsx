/**
 * Approve or decline, with an optional comment and conditions, through answerApproval (which answers JSM's
 * native approval as this user, docs/architecture.md, flow 3). Buttons are disabled while the answer is in flight so
 * a double click cannot answer twice; declining asks first, because it stops the change.
 */
import { useState } from 'react';
import type { ApprovalPanelView, ResolverError } from '@async-cab/shared/client';
import { Button, Field, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { checkAnswer, commentFieldId, type AnswerProblems } from './answer-validation';
import { ConditionsEditor } from './conditions-editor';
import { DeclineConfirmation } from './decline-confirmation';

export type Decision = 'approve' | 'decline';

export function AnswerForm(props: {
  issueKey: string;
  approvalId: string;
  onAnswered: (decision: Decision, panel: ApprovalPanelView) => void;
  onRefused: (error: ResolverError) => void;
}) {
  const [comment, setComment] = useState('');
  const [conditions, setConditions] = useState<string[]>([]);
  const [problems, setProblems] = useState<AnswerProblems>({ conditions: {} });
  const [sending, setSending] = useState<Decision | null>(null);
  const [confirmingDecline, setConfirmingDecline] = useState(false);
  const busy = sending !== null;

  const send = async (decision: Decision) => {
    const checked = checkAnswer({ comment, conditions });
    if (!checked.ok) {
      setProblems(checked.problems);
      document.getElementById(checked.firstInvalidId)?.focus();
      return;
    }
    setProblems({ conditions: {} });
    setSending(decision);
    const answer = await contract.answerApproval({
      issueKey: props.issueKey,
      approvalId: props.approvalId,
      decision,
      ...(checked.comment === null ? {} : { comment: checked.comment }),
      ...(checked.conditions.length === 0 ? {} : { conditions: checked.conditions }),
    });
    setSending(null);
    setConfirmingDecline(false);
    if (answer.ok) {
      setComment('');
      setConditions([]);
      props.onAnswered(decision, answer.value);
    } else {
      props.onRefused(answer.error);
    }
  };

  const askToDecline = () => {
    setConfirmingDecline(true);
    // An empty comment is the usual mistake: put the cursor where the reason goes.
    if (comment.trim() === '') {
      window.requestAnimationFrame(() => {
        document.getElementById(commentFieldId)?.focus();
      });
    }
  };

  return (
    <section className="cab-section cab-answer" aria-labelledby="cab-answer-title" data-testid="answer-form">
      <h4 id="cab-answer-title">Your answer</h4>
      <Field
        id={commentFieldId}
        label="Comment (optional)"
        help="The requester and the other approvers see it; it goes into the decision record."
        error={problems.comment}
      >
        {(aria) => (
          <textarea
            {...aria}
            className="ak-input"
            value={comment}
            disabled={busy}
            rows={3}
            onChange={(event) => {
              setComment(event.target.value);
            }}
          />
        )}
      </Field>
      <ConditionsEditor
        conditions={conditions}
        problems={problems.conditions}
        disabled={busy}
        onChange={setConditions}
      />
      {confirmingDecline ? (
        <DeclineConfirmation
          issueKey={props.issueKey}
          hasComment={comment.trim() !== ''}
          busy={busy}
          onConfirm={() => {
            void send('decline');
          }}
          onCancel={() => {
            setConfirmingDecline(false);
          }}
        />
      ) : (
        <div className="ak-row cab-answer__buttons">
          <Button
            appearance="primary"
            disabled={busy}
            testId="approve"
            onClick={() => {
              void send('approve');
            }}
          >
            Approve
          </Button>
          <Button disabled={busy} testId="decline" onClick={askToDecline}>
            Decline
          </Button>
          {sending === 'approve' ? <Spinner label="Sending your approval…" /> : null}
        </div>
      )}
    </section>
  );
}
