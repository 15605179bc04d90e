/**
 * The portal request view's answers section (docs/architecture.md, flow 1): which CAB answers a change request has,
 * which are missing or invalid and why, and whether the viewer is the requester who answers them. Read as
 * the viewer, so nobody sees a request they could not open in JSM.
 */
import { changeRequestKindOf } from '../../domain/policy';
import type { AnswersView } from '../../shared/view-models';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors';
import type { JiraUserPort } from '../ports/jira-port';
import { answerProblemViews, answersForForm } from './answers-view';
import { reviewIssueAnswers } from './review-issue-answers';
import { linkedPullRequestView } from './linked-pull-request-view';

export async function getAnswers(
  deps: Pick<AppDeps, 'policies'>,
  user: JiraUserPort,
  issueKey: string,
  viewerAccountId: string,
): Promise<AnswersView> {
  const issue = await user.getIssue(issueKey);
  if (issue === null)
    throw new AppError('NOT_FOUND', `${issueKey} does not exist or you do not have permission to see it.`);
  const { policy } = await deps.policies.get();
  const kind = changeRequestKindOf(policy.changeRequestTypes, issue.requestType);
  const base = {
    issueKey,
    isRequester: issue.reporter?.accountId === viewerAccountId,
    summary: issue.summary,
    emergency: kind === 'emergency',
  };
  if (kind === null) {
    return { ...base, state: 'not-a-change-request', answers: {}, problems: [], pullRequest: null };
  }
  const review = reviewIssueAnswers(policy, issue);
  const problems = review.complete ? [] : answerProblemViews(review.problems);
  return {
    ...base,
    state: issue.draft !== undefined ? 'draft' : review.complete ? 'complete' : 'waiting-for-answers',
    answers: answersForForm(policy, issue.cabFields),
    problems,
    pullRequest: linkedPullRequestView(issue.cabFields.linkedPullRequest),
  };
}
