/**
 * An approver answers inside the Jira issue (DESIGN.md flow 3): the app refuses the requester's own
 * approval on the server, answers JSM's approval as the approver (asUser, so JSM checks they may), keeps the
 * comment and conditions (JSM Cloud's approval API takes neither), and publishes the decision record when
 * that answer made the decision final.
 */
import type { ParsedPayloadOf } from '../shared/resolver-contract';
import type { ApprovalPanelView } from '../shared/view-models';
import type { AppDeps } from './app-deps';
import { answerRetrospectiveApproval } from './emergency/answer-retrospective-approval';
import { AppError } from './errors';
import { getApprovalPanel } from './get-approval-panel';
import type { JiraUserPort } from './ports/jira-port';
import { recordDecisionIfFinal } from './record-decision';

export async function answerApproval(
  deps: AppDeps,
  user: JiraUserPort,
  viewerAccountId: string,
  request: ParsedPayloadOf<'answerApproval'>,
): Promise<ApprovalPanelView> {
  const entry = await deps.ledger.get(request.issueKey);
  if (entry?.changeRequest == null || entry.status === 'needs-attention') {
    throw new AppError('NOT_FOUND', `${request.issueKey} is not a change request waiting for approval.`);
  }
  if (entry.changeRequest.requester.accountId === viewerAccountId) {
    throw new AppError(
      'SELF_APPROVAL',
      `You raised ${request.issueKey}, so you cannot approve or decline it yourself.`,
    );
  }
  if (entry.status === 'implemented-before-approval') {
    // After break-glass JSM no longer takes answers; the app collects the retrospective approvals.
    await answerRetrospectiveApproval(deps, entry, viewerAccountId, request);
    return getApprovalPanel(deps, user, request.issueKey, viewerAccountId);
  }
  const before = await getApprovalPanel(deps, user, request.issueKey, viewerAccountId);
  const displayName =
    before.groups
      .flatMap((group) => [...group.pending, ...group.approvedBy, ...group.declinedBy])
      .find((person) => person.accountId === viewerAccountId)?.displayName ?? viewerAccountId;
  // Kept before JSM is asked, so a decision record written from the status-change event already has it.
  await deps.ledger.recordAnswer(request.issueKey, {
    accountId: viewerAccountId,
    displayName,
    decision: request.decision,
    at: deps.clock.now().toISOString(),
    comment: request.comment === undefined || request.comment === '' ? null : request.comment,
    conditions: request.conditions ?? [],
  });
  const outcome = await user.answerApproval(request.issueKey, request.approvalId, request.decision);
  if (outcome.kind !== 'answered') await deps.ledger.forgetAnswer(request.issueKey, viewerAccountId);
  // JSM's own wording stays in the logs: people get the app's fixed message for each outcome.
  if (outcome.kind === 'not-an-approver') {
    console.info(`Async CAB: JSM refused ${viewerAccountId} on ${request.issueKey}: ${outcome.message}`);
    throw new AppError(
      'NOT_AN_APPROVER',
      `You are not an approver of ${request.issueKey}, so JSM did not take your answer.`,
    );
  }
  if (outcome.kind === 'not-pending') {
    console.info(`Async CAB: JSM refused an answer on ${request.issueKey}: ${outcome.message}`);
    throw new AppError('ALREADY_DECIDED', 'This approval is no longer waiting for your answer.');
  }
  if (outcome.kind === 'not-found')
    throw new AppError('NOT_FOUND', `Approval ${request.approvalId} of ${request.issueKey} does not exist.`);
  await recordDecisionIfFinal(deps, request.issueKey);
  return getApprovalPanel(deps, user, request.issueKey, viewerAccountId);
}
