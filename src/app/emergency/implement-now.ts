/**
 * Break-glass, "Implement now" (docs/architecture.md, flow 5): the requester of an emergency CR still
 * waiting for the ECAB starts implementing it. A written reason is mandatory (checked by the contract's
 * schema before this runs). The app records who and when, moves the CR to Implementing, starts the
 * retrospective-approval deadline (policy `retrospective.deadlineHours`, default 24 h), publishes an
 * 'implemented-before-approval' decision record and keeps collecting the ECAB's answers
 * (src/app/emergency/answer-retrospective-approval.ts). The record and the channel line are published like a
 * decision (lifecycle/publish-decision.ts, `publishing`): written on the ledger with the break-glass before
 * either is posted, each taken off once done, so "Implement now" pressed again, or the hourly reconcile,
 * finishes what a failure left and posts nothing twice.
 */
import {
  buildDecisionRecord,
  decisionRecordToPlainText,
  formatDisplayTime,
} from '../../domain/decision-record';
import { transition, type Effect } from '../../domain/lifecycle';
import type { AppDeps } from '../app-deps';
import { approvalStateFor } from '../approval-state-for';
import { chatLink, chatText } from '../chat-text';
import { AppError } from '../errors';
import type { BreakGlassRecord, LedgerEntry, Publishing, PublishingStep } from '../ports/store-ports';
import { lifecycleOf } from '../lifecycle/lifecycle-of';
import { finishPublishing, isPublishingStep, resumePublishing } from '../lifecycle/publish-decision';
import { recordLinks } from '../lifecycle/record-parts';
import { recordContextInWords } from '../record-context-in-words';
import { beginSteps } from '../lifecycle/resumable-steps';

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
  // Pressed again after a failure part-way: finish publishing the record, break nothing again.
  if (entry.publishing?.of === 'break-glass' && entry.breakGlass !== undefined) {
    await resumePublishing(deps, request.issueKey, 'next-call');
    return (await deps.ledger.get(request.issueKey))?.breakGlass ?? entry.breakGlass;
  }
  refuseUnlessAwaiting(deps, entry);
  if (!(await deps.ledger.claim('break-glass', request.issueKey))) {
    throw new AppError('CONFLICT', `${request.issueKey} is being changed right now; reload and try again.`);
  }
  try {
    // The record is published under the decision claim too, so no resume or decision works beside it.
    if (!(await deps.ledger.claim('decision', request.issueKey))) {
      throw new AppError('CONFLICT', `${request.issueKey} is being changed right now; reload and try again.`);
    }
    try {
      // Read again under the claims: a decision or another click may have landed since.
      const latest = (await deps.ledger.get(request.issueKey)) ?? entry;
      const effects = refuseUnlessAwaiting(deps, latest);
      return await breakGlass(deps, latest, callerAccountId, request.reason, effects);
    } finally {
      await deps.ledger.release('decision', request.issueKey);
    }
  } finally {
    await deps.ledger.release('break-glass', request.issueKey);
  }
}

function refuseUnlessAwaiting(deps: AppDeps, entry: LedgerEntry): Effect[] {
  const allowed = transition(lifecycleOf(entry), { kind: 'break-glass' }, deps.clock.now());
  if (!allowed.ok) {
    throw new AppError(
      'ALREADY_DECIDED',
      `${entry.issueKey} is no longer waiting for emergency approval: ${allowed.refusal.message}`,
    );
  }
  return allowed.effects;
}

async function breakGlass(
  deps: AppDeps,
  entry: LedgerEntry,
  callerAccountId: string,
  reason: string,
  effects: readonly Effect[],
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
    context: await recordContextInWords(deps.policies, cr, routing),
    links: recordLinks(entry),
    breakGlass: { by: byName, at: now.toISOString(), reason, retrospectiveDeadline: deadline.toISOString() },
  });
  if (!built.ok) {
    throw new Error(`The break-glass record for ${entry.issueKey} could not be built: ${built.message}`);
  }
  const record: BreakGlassRecord = {
    byAccountId: callerAccountId,
    byName,
    at: now.toISOString(),
    reason,
    retrospectiveDeadline: deadline.toISOString(),
    recordText: decisionRecordToPlainText(built.value),
    ...(state.currentApprovalId === null ? {} : { approvalId: state.currentApprovalId }),
  };
  // The move is done (a repeat finds the issue there already); what people would see twice is left.
  const pending: PublishingStep[] = [];
  for (const effect of effects) {
    if (isPublishingStep(effect)) pending.push(effect);
    else if (effect !== 'transition-issue') throw new Error(`Break-glass does not ${effect}.`);
  }
  const publishing: Publishing = {
    of: 'break-glass',
    record: built.value,
    channel: {
      text: chatText`:rotating_light: ${byName} is implementing ${entry.issueKey} before approval: "${reason}". The emergency approvers still need to answer by ${formatDisplayTime(record.retrospectiveDeadline, routing.groups[0]?.timeZone ?? 'UTC')}. ${chatLink(entry.issueUrl)}`,
      urgent: true,
    },
    ...beginSteps(pending, now),
  };
  const implemented: LedgerEntry = {
    ...entry,
    status: 'implemented-before-approval',
    deadlineAt: deadline.getTime(),
    breakGlass: record,
    publishing,
  };
  await deps.ledger.put(implemented);
  const published = await finishPublishing(deps, implemented, publishing, false);
  return published.breakGlass ?? record;
}

function approver(
  person: { accountId: string; displayName: string },
  group: string,
  decision: 'approved' | 'declined' | 'pending',
) {
  return { name: person.displayName, accountId: person.accountId, group, decision };
}
