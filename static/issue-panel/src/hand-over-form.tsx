/**
 * "Hand over to…" for a draft from GitHub (change managers and Jira admins, handOver.canHandOver): choose the
 * person who will complete and submit it, confirm, and the panel shows what handOverDraft returns. The
 * server checks the permission and the person again; this form only reports what it says.
 */
import { useState } from 'react';
import type { ApprovalPanelView, HandOverView, PersonView, ResolverError } from '@async-cab/shared/client';
import { Button, SectionMessage, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { answerErrorLines } from './answer-error-text';
import { PersonPicker } from './person-picker';

const PICKER_ID = 'cab-hand-over-person';

export function HandOverForm(props: {
  issueKey: string;
  handOver: HandOverView;
  onHandedOver: (panel: ApprovalPanelView, to: PersonView) => void;
}) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<PersonView | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);

  if (!open) {
    return (
      <Button
        testId="hand-over-open"
        onClick={() => {
          setOpen(true);
          // Straight into the search box, so a keyboard user can type at once.
          window.requestAnimationFrame(() => {
            document.getElementById(PICKER_ID)?.focus();
          });
        }}
      >
        Hand over to…
      </Button>
    );
  }

  const send = async (person: PersonView) => {
    setSending(true);
    setError(null);
    const answer = await contract.handOverDraft({ issueKey: props.issueKey, accountId: person.accountId });
    setSending(false);
    if (answer.ok) {
      setOpen(false);
      setChosen(null);
      props.onHandedOver(answer.value, person);
    } else {
      setError(answer.error);
    }
  };

  const current = props.handOver.requester;
  return (
    <form
      className="cab-hand-over"
      aria-label="Hand over this draft"
      data-testid="hand-over-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen !== null) void send(chosen);
      }}
    >
      <PersonPicker
        id={PICKER_ID}
        label="Hand over to"
        help={
          current === null
            ? 'The person who will complete and submit this change request.'
            : `Instead of ${current.displayName}: the person who will complete and submit this change request.`
        }
        chosen={chosen}
        excludeAccountIds={current === null ? [] : [current.accountId]}
        disabled={sending}
        onChange={(person) => {
          setChosen(person);
          setError(null);
        }}
      />
      {error === null ? null : (
        <SectionMessage appearance="error" title="The draft was not handed over" testId="hand-over-error">
          {answerErrorLines(error).map((line) => (
            <p className="cab-message-text" key={line}>
              {line}
            </p>
          ))}
        </SectionMessage>
      )}
      <div className="ak-row">
        <Button
          type="submit"
          appearance="primary"
          disabled={chosen === null || sending}
          testId="hand-over-confirm"
        >
          {chosen === null ? 'Hand over' : `Hand over to ${chosen.displayName}`}
        </Button>
        <Button
          appearance="subtle"
          disabled={sending}
          onClick={() => {
            setOpen(false);
            setChosen(null);
            setError(null);
          }}
        >
          Cancel
        </Button>
        {sending ? <Spinner label="Handing over…" /> : null}
      </div>
    </form>
  );
}
