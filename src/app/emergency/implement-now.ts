/**
 * Break-glass, "Implement now" (docs/architecture.md, flow 5): the requester of an emergency CR still
 * waiting for the ECAB starts implementing it. A written reason is mandatory (checked by the contract's
 * schema before this runs). The app records who and when, moves the CR to Implementing, starts the
 * retrospective-approval deadline (policy `retrospective.deadlineHours`, default 24 h), publishes an
 * 'implemented-before-approval' decision record and keeps collecting the ECAB's answers
 * (src/app/emergency/answer-retrospective-approval.ts).
 */
import { buildDecisionRecord, decisionRecordToPlainText } from '../../domain/decision-record';
import { transition } from '../../domain/lifecycle';
import type { AppDeps } from '../app-deps';
import { approvalStateFor } from '../approval-state-for';
import { chatLink, chatText } from '../chat-text';
import { AppError } from '../errors';
import type { BreakGlassRecord, LedgerEntry } from '../ports/store-ports';
import { lifecycleOf } from '../lifecycle/lifecycle-of';
import { recordContext, recordLinks } from '../lifecycle/record-parts';

export const IMPLEMENTING_STATUS = 'Implementing';
const DEFAULT_RETROSPECTIVE_HOURS = 24;

export async function implementNow(
  deps: AppDeps,
  callerAccountId: string,
  request: { issueKey: string; reason: string },
): Promise<BreakGlassRecord> {
  const entry = await deps.ledger.get(request.issueKey);
  if (entry?.changeRequest == null || entry.routing === null) {
    throw new AppError('NOT_FOUND', `${request.issueKey} is not a routed change request.`);
  }
  if (entry.changeRequest.changeType !== 'emergency') {
    throw new AppError('FORBIDDEN', 'Only emergency changes can be implemented before they are approved.');
  }
  if (entry.changeRequest.requester.accountId !== callerAccountId) {
    throw new AppError('FORBIDDEN', `Only the requester of ${request.issueKey} can implement it now.`);
  }
  refuseUnlessAwaiting(deps, entry);
  if (!(await deps.ledger.claim('break-glass', request.issueKey))) {
    throw new AppError('CONFLICT', `${request.issueKey} is being changed right now; reload and try again.`);
  }
  try {
    // Read again under the claim: a decision or another click may have landed since.
    const latest = (await deps.ledger.get(request.issueKey)) ?? entry;
    refuseUnlessAwaiting(deps, latest);
    return await breakGlass(deps, latest, callerAccountId, request.reason);
  } finally {
    await deps.ledger.release('break-glass', request.issueKey);
  }
}

function refuseUnlessAwaiting(deps: AppDeps, entry: LedgerEntry): void {
  const allowed = transition(lifecycleOf(entry), { kind: 'break-glass' }, deps.clock.now());
  if (!allowed.ok) {
    throw new AppError(
      'ALREADY_DECIDED',
      `${entry.issueKey} is no longer waiting for emergency approval: ${allowed.refusal.message}`,
    );
  }
}

async function breakGlass(
  deps: AppDeps,
  entry: LedgerEntry,
  callerAccountId: string,
  reason: string,
): Promise<BreakGlassRecord> {
  const cr = entry.changeRequest;
  const routing = entry.routing;
  if (cr === null || routing === null) throw new AppError('NOT_FOUND', `${entry.issueKey} is not routed.`);
  const issue = await deps.jira.getIssue(entry.issueKey);
  if (issue === null) throw new AppError('NOT_FOUND', `${entry.issueKey} does not exist.`);
  // Read before leaving the approval status: JSM's approval stops accepting answers once the issue moves.
  const state = await approvalStateFor(
    deps.jira,
    await deps.jira.getApprovals(entry.issueKey),
    routing,
    cr.requester.accountId,
  );
  const moved = await deps.jira.transitionTo(issue, IMPLEMENTING_STATUS);
  if (moved === 'unavailable') {
    throw new AppError(
      'CONFLICT',
      `${entry.issueKey} cannot move from "${issue.status.name}" to "${IMPLEMENTING_STATUS}": the workflow needs an "Implement now" transition (see the README).`,
    );
  }
  const now = deps.clock.now();
  const hours = routing.retrospective?.deadlineHours ?? DEFAULT_RETROSPECTIVE_HOURS;
  const deadline = new Date(now.getTime() + hours * 3_600_000);
  const byName = issue.reporter?.accountId === callerAccountId ? issue.reporter.displayName : callerAccountId;
  const built = buildDecisionRecord({
    issueKey: entry.issueKey,
    decision: 'implemented-before-approval',
    decidedAt: now.toISOString(),
    timeZone: routing.groups[0]?.timeZone ?? 'UTC',
    approvers: state.groups.flatMap((group) => [
      ...group.approvedBy.map((person) => approver(person, group.name, 'approved')),
      ...group.declinedBy.map((person) => approver(person, group.name, 'declined')),
      ...group.pending.map((person) => approver(person, group.name, 'pending')),
    ]),
    conditions: [],
    dissent: [],
    context: recordContext(cr, routing),
    links: recordLinks(entry),
    breakGlass: { by: byName, at: now.toISOString(), reason, retrospectiveDeadline: deadline.toISOString() },
  });
  if (!built.ok) {
    throw new Error(`The break-glass record for ${entry.issueKey} could not be built: ${built.message}`);
  }
  const commentId = await deps.jira.addInternalComment(entry.issueKey, built.value);
  const record: BreakGlassRecord = {
    byAccountId: callerAccountId,
    byName,
    at: now.toISOString(),
    reason,
    retrospectiveDeadline: deadline.toISOString(),
    commentId,
    recordText: decisionRecordToPlainText(built.value),
    ...(state.currentApprovalId === null ? {} : { approvalId: state.currentApprovalId }),
  };
  await deps.ledger.put({
    ...entry,
    status: 'implemented-before-approval',
    deadlineAt: deadline.getTime(),
    breakGlass: record,
  });
  await deps.chat.post({
    text: chatText`:rotating_light: ${byName} is implementing ${entry.issueKey} before approval: "${reason}". The emergency approvers still need to answer by ${record.retrospectiveDeadline}. ${chatLink(entry.issueUrl)}`,
    urgent: true,
    issueKey: entry.issueKey,
  });
  return record;
}

function approver(
  person: { accountId: string; displayName: string },
  group: string,
  decision: 'approved' | 'declined' | 'pending',
) {
  return { name: person.displayName, accountId: person.accountId, group, decision };
}
