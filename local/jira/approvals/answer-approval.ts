import type { Actor } from '../access';
import { jsmError } from '../errors';
import { transitionIssue } from '../issues/issue-mutations';
import type { JiraSite } from '../jira-site';
import type { ApprovalRecord } from '../store/approvals-store';
import type { IssueRecord } from '../store/issues-store';
import { approvalOutcomeTransition, approvalStepFor } from '../workflow';
import { evaluateApproval } from './evaluate-approval';

/**
 * Records the caller's own decision (only an approver can answer, as themselves: docs/platform-assumptions.md). When the
 * condition is met, or on any decline, JSM completes the approval and fires the approve or decline transition
 * itself, which the app sees as `avi:jira:updated:issue` with a status change.
 */
export function answerApproval(
  site: JiraSite,
  actor: Actor,
  issue: IssueRecord,
  approval: ApprovalRecord,
  decision: 'approve' | 'decline',
): void {
  const approver = approval.approvers.find((a) => a.accountId === actor.accountId);
  if (approver === undefined) {
    throw jsmError(403, 'You are not an approver for this request.', 'sd.approval.error.not.approver');
  }
  if (!approval.active || approval.finalDecision !== 'pending' || issue.statusId !== approval.statusId) {
    throw jsmError(400, 'This approval has already been completed.', 'sd.approval.error.already.completed');
  }
  if (approver.decision !== 'pending') {
    throw jsmError(400, 'You have already responded to this approval.', 'sd.approval.error.already.answered');
  }
  const now = site.clock.now().getTime();
  const stored = decision === 'approve' ? 'approved' : 'declined';
  site.approvals.recordDecision(approval.id, actor.accountId, stored, now);
  const updated = site.approvals.find(issue.id, approval.id);
  if (updated === undefined) return;
  const outcome = evaluateApproval(updated);
  if (outcome === 'pending') return;
  site.approvals.complete(approval.id, outcome, now);
  const step = approvalStepFor(approval.statusId);
  if (step === undefined) return;
  const transitionId = outcome === 'approved' ? step.transitionApproved : step.transitionRejected;
  const transition = approvalOutcomeTransition(transitionId, issue.statusId);
  if (transition) transitionIssue(site, actor, issue, transition, []);
}
