import { parseChangeRequestDraft, type ChangeRequestDraft } from '../../domain/change-request';
import type { ParseResult } from '../../domain/shared/field-error';
import type { IssueSnapshot } from '../ports/jira-port';

/** The draft CR an issue stands for: its own summary and description, the drafted answers and the PR. */
export function draftOfIssue(
  issue: IssueSnapshot,
  requesterAccountId: string,
): ParseResult<ChangeRequestDraft> {
  const answers =
    typeof issue.portalAnswers === 'object' && issue.portalAnswers !== null ? issue.portalAnswers : {};
  return parseChangeRequestDraft({
    ...answers,
    summary: issue.summary,
    description: issue.description,
    requester: { accountId: requesterAccountId },
    ...(issue.linkedPullRequest === undefined ? {} : { linkedPullRequest: issue.linkedPullRequest }),
  });
}
