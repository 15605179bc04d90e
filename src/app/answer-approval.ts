/**
 * An approver answers inside the Jira issue (docs/architecture.md, flow 3): the app refuses the requester's own
 * approval on the server, answers JSM's approval as the approver (asUser, so JSM checks they may), keeps the
 * comment and conditions (JSM Cloud's approval API takes neither), and publishes the decision record when
 * that answer made the decision final.
 */
import { JsmApprovalSchema } from '../domain/approval';
import type { RoutingResult } from '../domain/routing';
import type { ParsedPayloadOf } from '../shared/resolver-contract';
import type { ApprovalPanelView } from '../shared/view-models';
import type { AppDeps } from './app-deps';
import { answerRetrospectiveApproval } from './emergency/answer-retrospective-approval';
import { attributionMembers } from './approval-state-for';
import { AppError } from './errors';
import { getApprovalPanel } from './get-approval-panel';
import type { JiraUserPort } from './ports/jira-port';
import { recordDecisionIfFinal } from './record-decision';
import { transition } from '../domain/lifecycle';
import { lifecycleOf } from './lifecycle/lifecycle-of';

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
  const allowed = transition(lifecycleOf(entry), { kind: 'record-answer' }, deps.clock.now());
  if (!allowed.ok) {
    const code = allowed.refusal.code === 'already-decided' ? 'ALREADY_DECIDED' : 'CONFLICT';
    throw new AppError(code, `${request.issueKey} takes no answers now: ${allowed.refusal.message}`);
  }
  if (entry.status === 'implemented-before-approval') {
    // After break-glass JSM no longer takes answers; the app collects the retrospective approvals.
    await answerRetrospectiveApproval(deps, entry, viewerAccountId, request);
    return getApprovalPanel(deps, user, request.issueKey, viewerAccountId);
  }
  // Kept before JSM is asked, so a decision record written from the status-change event already has it.
  await deps.ledger.recordAnswer(request.issueKey, {
    accountId: viewerAccountId,
    displayName: await displayNameOf(deps, entry.routing, viewerAccountId),
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
  // While JSM's reply says the approval is still pending nothing can be final, so the app has nothing to
  // read or record yet; once it is final the app reads the approvals itself, as the app (record-decision.ts).
  // The status-change event and the sweep stay the backstops either way.
  // A reply that is not an approval is not trusted for either: the app reads, and the panel reads the page.
  const reply = JsmApprovalSchema.safeParse(outcome.approval);
  if (!reply.success || reply.data.finalDecision !== 'pending') {
    await recordDecisionIfFinal(deps, request.issueKey);
  }
  return getApprovalPanel(
    deps,
    user,
    request.issueKey,
    viewerAccountId,
    reply.success ? { approval: reply.data } : undefined,
  );
}

/** The approver's name as Jira has it, from the routed groups' members (cached: no Jira call when warm). */
async function displayNameOf(
  deps: AppDeps,
  routing: RoutingResult | null,
  accountId: string,
): Promise<string> {
  for (const group of routing?.groups ?? []) {
    const member = (await attributionMembers(deps.jira, group.groupId)).find(
      (person) => person.accountId === accountId,
    );
    if (member !== undefined) return member.displayName;
  }
  return accountId;
}
