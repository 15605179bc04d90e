/**
 * Why this change request is not with its approvers yet, in one sentence: drafted from a pull request and
 * waiting to be submitted, or waiting for answers (it goes to the approvers by itself once they are in).
 */
import type { AnswersView } from '@async-cab/shared/client';
import { SectionMessage } from '../../ui-kit/components';
import { ExternalLink } from '../../ui-kit/external-link';

function PullRequest(props: { pullRequest: AnswersView['pullRequest'] }) {
  if (props.pullRequest === null) return <>a pull request</>;
  return (
    <ExternalLink href={props.pullRequest.url} testId="draft-pull-request">
      {props.pullRequest.label}
    </ExternalLink>
  );
}

export function AnswersNotice(props: { view: AnswersView }) {
  const { view } = props;
  if (view.state === 'draft') {
    return (
      <SectionMessage appearance="information" testId="answers-notice">
        <p className="rs-note">
          <strong>
            Drafted from <PullRequest pullRequest={view.pullRequest} />:
          </strong>{' '}
          {view.isRequester
            ? 'complete and submit it. Nobody is asked to approve it until you submit.'
            : 'waiting for the person who raised it to complete and submit it.'}
        </p>
      </SectionMessage>
    );
  }
  return (
    <SectionMessage appearance="warning" testId="answers-notice">
      <p className="rs-note">
        <strong>
          {view.isRequester ? 'Waiting for your answers:' : 'Waiting for the requester’s answers:'}
        </strong>{' '}
        this change request goes to its approvers as soon as these are answered.
      </p>
    </SectionMessage>
  );
}
