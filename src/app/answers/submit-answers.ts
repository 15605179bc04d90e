/**
 * The requester completes a change request's CAB answers on the portal (a draft from GitHub, or one that
 * waits for answers): only the requester may; the answers go through the domain's rules with everything
 * the fields already hold; the app writes the changed fields (app field value API), clears a draft's marker,
 * then routes it.
 */
import { applyAnswers, type CabFieldValues } from '../../domain/change-request';
import { changeRequestKindOf } from '../../domain/policy';
import type { CabFieldKey } from '../../shared/cab-fields';
import type { SubmitAnswersView } from '../../shared/view-models';
import type { AppDeps } from '../app-deps';
import { ensureRouted, isRouted } from '../ensure-routed';
import { AppError, validationFailed } from '../errors';
import type { DraftJiraPort } from '../github/github-ports';
import type { CabFieldWrites, JiraUserPort } from '../ports/jira-port';
import { reviewIssueAnswers } from './review-issue-answers';

export async function submitAnswers(
  deps: { app: AppDeps; drafts: Pick<DraftJiraPort, 'clearDraftMarker'> },
  user: JiraUserPort,
  callerAccountId: string,
  issueKey: string,
  answers: unknown,
): Promise<SubmitAnswersView> {
  const issue = await user.getIssue(issueKey);
  if (issue === null)
    throw new AppError('NOT_FOUND', `${issueKey} does not exist or you do not have permission to see it.`);
  const { policy } = await deps.app.policies.get();
  if (changeRequestKindOf(policy.changeRequestTypes, issue.requestType) === null)
    throw new AppError(
      'FORBIDDEN',
      `${issueKey} is not a change request, so Async CAB takes no answers for it.`,
    );
  if (issue.reporter?.accountId !== callerAccountId)
    throw new AppError('FORBIDDEN', 'Only the requester can answer and submit this change request.');
  if (isRouted(await deps.app.ledger.get(issueKey)))
    throw new AppError('ALREADY_DECIDED', `${issueKey} has been sent to its approvers already.`);
  const applied = applyAnswers(issue.cabFields, answers);
  if (!applied.ok) throw validationFailed('Some answers need attention before you submit.', applied.errors);
  const summary = applied.value.summary?.trim() ?? issue.summary;
  const review = reviewIssueAnswers(policy, issue, applied.value.fields, summary);
  if (!review.complete) {
    throw validationFailed(
      'Some answers need attention before you submit.',
      review.problems.map((problem) => ({
        field: problem.path,
        code: problem.kind === 'missing' ? 'required' : 'invalid',
        message: problem.message,
      })),
    );
  }
  const writes = changedFields(issue.cabFields, applied.value.fields);
  if (Object.keys(writes).length > 0) await deps.app.jira.setCabFields(issue, writes);
  if (summary !== issue.summary) await deps.app.jira.setSummary(issueKey, summary);
  if (issue.draft !== undefined) await deps.drafts.clearDraftMarker(issueKey);
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
      throw new Error(`Routing ${issueKey} after its answers were submitted answered ${outcome.kind}.`);
  }
}

function changedFields(before: CabFieldValues, after: CabFieldValues): CabFieldWrites {
  const writes: CabFieldWrites = {};
  for (const [key, value] of Object.entries(after) as [CabFieldKey, unknown][]) {
    if (key === 'linkedPullRequest') continue;
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(value ?? null)) writes[key] = value ?? null;
  }
  return writes;
}
