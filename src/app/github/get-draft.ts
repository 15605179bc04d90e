/**
 * The portal request view's draft form (issue 5 §3): what GitHub already filled in and which of the
 * questions only a person can answer are still open. Read as the viewer, so nobody sees a CR they could not
 * open in JSM.
 */
import { missingAnswers } from '../../domain/change-request';
import type { DraftView } from '../../shared/view-models';
import { AppError } from '../errors';
import type { JiraUserPort } from '../ports/jira-port';
import { draftOfIssue } from './draft-of-issue';

export async function getDraft(
  user: JiraUserPort,
  issueKey: string,
  viewerAccountId: string,
): Promise<DraftView> {
  const issue = await user.getIssue(issueKey);
  if (issue === null)
    throw new AppError('NOT_FOUND', `${issueKey} does not exist or you do not have permission to see it.`);
  const isRequester = issue.reporter?.accountId === viewerAccountId;
  const empty: DraftView = {
    issueKey,
    isDraft: false,
    isRequester,
    summary: issue.summary,
    affectedSystems: [],
    testing: null,
    missing: [],
    pullRequest: null,
  };
  if (issue.draft === undefined) return empty;
  const parsed = draftOfIssue(issue, issue.reporter?.accountId ?? viewerAccountId);
  if (!parsed.ok)
    return {
      ...empty,
      isDraft: true,
      missing: [
        'changeType',
        'risk',
        'plannedWindow',
        'testing',
        'consequenceOfNotReleasing',
        'rollbackPlan',
      ],
    };
  const draft = parsed.value;
  const pr = draft.linkedPullRequest;
  return {
    ...empty,
    isDraft: true,
    affectedSystems: [...draft.affectedSystems],
    testing: draft.testing?.tested === true ? { tested: true, evidenceUrl: draft.testing.evidenceUrl } : null,
    missing: missingAnswers(draft),
    pullRequest: pr === undefined ? null : { url: pr.url, label: `${pr.repository}#${String(pr.number)}` },
  };
}
