import { reviewAnswers, type AnswerReview, type CabFieldValues } from '../../domain/change-request';
import type { Policy } from '../../domain/policy';
import type { IssueSnapshot } from '../ports/jira-port';

/** Reviews an issue's CAB answers (or the answers it would have with `fields`) against the policy. */
export function reviewIssueAnswers(
  policy: Policy,
  issue: IssueSnapshot,
  fields: CabFieldValues = issue.cabFields,
  summary: string = issue.summary,
): AnswerReview {
  return reviewAnswers(fields, {
    summary,
    description: issue.description,
    requesterAccountId: issue.reporter?.accountId ?? '',
    linkedPullRequest: fields.linkedPullRequest,
    knownSystemKeys: policy.systems.map((system) => system.key),
  });
}
