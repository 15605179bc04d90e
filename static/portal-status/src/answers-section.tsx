/**
 * Above the approval status of a change request that is not with its approvers yet (a draft from GitHub,
 * or waiting for answers): why, what is still needed, and for the requester the form to answer it.
 * Anyone else sees what is missing and who can answer it.
 */
import type { AnswersView, SubmitAnswersView } from '@async-cab/shared/client';
import { LoadFailure, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { useResolver } from '../../ui-kit/use-resolver';
import { AnswerProblemList } from './answer-problem-list';
import { AnswersForm } from './answers-form';
import { AnswersNotice } from './answers-notice';

function RequesterForm(props: { view: AnswersView; onSubmitted: (result: SubmitAnswersView) => void }) {
  const [options, reload] = useResolver(() => contract.getCabFieldOptions({}), []);
  if (options.state === 'loading') return <Spinner label="Loading the questions…" />;
  if (options.state === 'failed') {
    return (
      <LoadFailure title="The questions could not be loaded" testId="options-failure" onRetry={reload}>
        <p className="rs-note">{options.error.message}</p>
      </LoadFailure>
    );
  }
  return <AnswersForm view={props.view} options={options.value} onSubmitted={props.onSubmitted} />;
}

export function AnswersSection(props: {
  view: AnswersView;
  onSubmitted: (result: SubmitAnswersView) => void;
}) {
  const { view } = props;
  return (
    <div className="rs-stack" data-testid="answers-section">
      <AnswersNotice view={view} />
      <AnswerProblemList problems={view.problems} linked={view.isRequester} />
      {view.isRequester ? (
        <RequesterForm view={view} onSubmitted={props.onSubmitted} />
      ) : (
        <p className="ak-subtle rs-note rs-spaced" data-testid="answers-requester-only">
          Only the person who raised this request can answer these.
        </p>
      )}
    </div>
  );
}
