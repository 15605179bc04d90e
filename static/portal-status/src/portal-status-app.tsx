/**
 * The portal request view's "Change approval" module. It is shown on every request type of the portal, so
 * it first asks getAnswers whether this request is a change request at all, and renders nothing when it is
 * not. A change request that is not with its approvers yet (a draft, or waiting for answers) shows what is
 * needed and, for its requester, the form; below it, where the approval stands. After the answers are
 * submitted both parts re-read; when the status changed, the page around them is brought in step too.
 */
import { useEffect, useState } from 'react';
import type { SubmitAnswersView } from '@async-cab/shared/client';
import { LoadFailure } from '../../ui-kit/components';
import { AnswersSection } from './answers-section';
import { ApprovalStatus } from './approval-status';
import { DelayedSpinner } from './delayed-spinner';
import { SubmittedNotice } from './submitted-notice';
import { keepSubmitted, takeSubmitted } from './submitted-carry-over';
import { useAnswers } from './use-answers';

export function PortalStatusApp() {
  const { answers, reload, refresh } = useAnswers();
  const [submitted, setSubmitted] = useState<SubmitAnswersView | null>(null);
  const [round, setRound] = useState(0);
  const issueKey = answers.state === 'ready' ? answers.view.issueKey : null;
  useEffect(() => {
    // The confirmation outlives the page reload that brings the portal's own status in step.
    if (issueKey !== null) setSubmitted((current) => current ?? takeSubmitted(issueKey));
  }, [issueKey]);

  if (answers.state === 'loading') {
    return <DelayedSpinner label="Loading the approval status…" />;
  }
  if (answers.state === 'failed') {
    return (
      <div className="rs-panel">
        <LoadFailure
          title="The approval status could not be loaded"
          testId="answers-load-failure"
          onRetry={reload}
        >
          <p className="rs-note">{answers.error.message}</p>
        </LoadFailure>
      </div>
    );
  }
  const { view } = answers;
  if (view.state === 'not-a-change-request') return null;
  const open = view.state === 'draft' || view.state === 'waiting-for-answers';
  return (
    <div className="rs-panel rs-stack">
      {submitted === null ? null : <SubmittedNotice result={submitted} />}
      {open ? (
        <AnswersSection
          key={view.state}
          view={view}
          onSubmitted={(result) => {
            setSubmitted(result);
            keepSubmitted(view.issueKey, result);
            refresh();
            setRound((value) => value + 1);
          }}
        />
      ) : null}
      <ApprovalStatus issueKey={view.issueKey} refreshRound={round} />
    </div>
  );
}
