import { reviewAnswers, type AnswerReview, type CabFieldValues } from '../../domain/change-request';
import type { Policy } from '../../domain/policy';
import { CAB_FIELD_LABELS } from '../../shared/cab-fields';
import type { IssueSnapshot } from '../ports/jira-port';
import { hardFreezeErrors } from '../window-flags-of-answers';

/**
 * Reviews an issue's CAB answers (or the answers it would have with `fields`) against the policy: the
 * domain's rules, then the policy's hard freezes, so a normal or standard change planned in one waits for
 * its requester to move the window (or raise an emergency) whichever form or API raised it.
 */
export function reviewIssueAnswers(
  policy: Policy,
  issue: IssueSnapshot,
  fields: CabFieldValues = issue.cabFields,
  summary: string = issue.summary,
): AnswerReview {
  const review = reviewAnswers(fields, {
    summary,
    description: issue.description,
    requesterAccountId: issue.reporter?.accountId ?? '',
    linkedPullRequest: fields.linkedPullRequest,
    knownSystemKeys: policy.systems.map((system) => system.key),
  });
  if (!review.complete) return review;
  const frozen = hardFreezeErrors(policy, review.changeRequest);
  if (frozen.length === 0) return review;
  return {
    complete: false,
    problems: frozen.map((error) => ({
      field: 'plannedWindow',
      path: error.field,
      cabField: 'changeWindow',
      label: CAB_FIELD_LABELS.changeWindow,
      kind: 'invalid',
      message: error.message,
    })),
  };
}
