/**
 * The developer completes a CR drafted from their pull request and submits it (DESIGN.md flow 4): only
 * the requester may; the answers go through the same domain validation as a portal submission; the stored
 * property becomes a portal CR's (`{ changeRequest, pullRequest }`, no `draft`), then routing runs as for
 * a portal CR.
 */
import { completeDraft } from '../../domain/change-request';
import type { SubmitDraftView } from '../../shared/view-models';
import { ensureRouted } from '../ensure-routed';
import { AppError, validationFailed } from '../errors';
import type { JiraUserPort } from '../ports/jira-port';
import type { GitHubDeps } from './github-deps';
import { draftOfIssue } from './draft-of-issue';

export async function submitDraft(
  deps: Pick<GitHubDeps, 'app' | 'drafts'>,
  user: JiraUserPort,
  callerAccountId: string,
  issueKey: string,
  answers: unknown,
): Promise<SubmitDraftView> {
  const issue = await user.getIssue(issueKey);
  if (issue === null)
    throw new AppError('NOT_FOUND', `${issueKey} does not exist or you do not have permission to see it.`);
  if (issue.reporter?.accountId !== callerAccountId)
    throw new AppError('FORBIDDEN', 'Only the requester can complete and submit this change request.');
  if (issue.draft === undefined)
    throw new AppError('ALREADY_DECIDED', `${issueKey} has been submitted already.`);
  const draft = draftOfIssue(issue, callerAccountId);
  if (!draft.ok) throw validationFailed('The drafted change request is not valid any more.', draft.errors);
  const completed = completeDraft(draft.value, answers);
  if (!completed.ok)
    throw validationFailed('Some answers need attention before you submit.', completed.errors);
  const cr = completed.value;
  if (cr.summary !== issue.summary) await deps.drafts.setSummary(issueKey, cr.summary);
  await deps.drafts.setAppProperty(issueKey, {
    changeRequest: {
      affectedSystems: cr.affectedSystems,
      changeType: cr.changeType,
      risk: cr.risk,
      plannedWindow: cr.plannedWindow,
      testing: cr.testing,
      consequenceOfNotReleasing: cr.consequenceOfNotReleasing,
      rollbackPlan: cr.rollbackPlan,
    },
    ...(cr.linkedPullRequest === undefined ? {} : { pullRequest: cr.linkedPullRequest }),
  });
  const outcome = await ensureRouted(deps.app, issueKey);
  switch (outcome.kind) {
    case 'routed':
    case 'already-routed':
      return { issueKey, outcome: outcome.kind, message: `${issueKey} was sent to its approvers.` };
    case 'needs-attention':
      return {
        issueKey,
        outcome: 'needs-attention',
        message: `${issueKey} was submitted; a change manager must fix its routing before approval starts.`,
      };
    case 'busy':
      return { issueKey, outcome: 'busy', message: `${issueKey} was submitted and is being routed.` };
    default:
      throw new Error(`Routing ${issueKey} after submission answered ${outcome.kind}.`);
  }
}
