/**
 * Publishes the decision record once JSM's approval is final (DESIGN.md flow 3): an internal ADF comment
 * with who decided what and when, conditions, dissent and context, then the ledger and the team channel.
 * Called right after an answer in the panel and from the status-change event (JSM's own buttons); a claim
 * and the ledger's `decision` make it happen once.
 */
import type { ApprovalState } from '../domain/approval';
import { buildDecisionRecord, decisionRecordToPlainText } from '../domain/decision-record';
import { toIndexedDateTime } from '../domain/shared/indexed-date-time';
import type { AppDeps } from './app-deps';
import { OVERDUE_PROPERTY_KEY } from './sweeps/sweep-deps';
import { announceToPullRequest } from './announce-to-pull-request';
import { approvalStateFor } from './approval-state-for';
import type { LedgerEntry, RecordedAnswer } from './ports/store-ports';

export type RecordOutcome = 'recorded' | 'already-recorded' | 'not-final' | 'not-routed' | 'busy';

export async function recordDecisionIfFinal(deps: AppDeps, issueKey: string): Promise<RecordOutcome> {
  const entry = await deps.ledger.get(issueKey);
  if (entry?.routing == null || entry.changeRequest === null) return 'not-routed';
  if (entry.decision !== null) return 'already-recorded';
  // After break-glass the app collects the answers itself (emergency/answer-retrospective-approval.ts).
  if (entry.status === 'implemented-before-approval') return 'not-final';
  const state = await approvalStateFor(
    deps.jira,
    await deps.jira.getApprovals(issueKey),
    entry.routing,
    entry.changeRequest.requester.accountId,
  );
  if (state.decisionSource !== 'jsm' || state.decision === 'pending') return 'not-final';
  if (!(await deps.ledger.claim('decision', issueKey))) return 'busy';
  try {
    const again = await deps.ledger.get(issueKey);
    if (again?.decision != null) return 'already-recorded';
    await publish(deps, entry, state, state.decision, await deps.ledger.listAnswers(issueKey));
    return 'recorded';
  } finally {
    await deps.ledger.release('decision', issueKey);
  }
}

async function publish(
  deps: AppDeps,
  entry: LedgerEntry,
  state: ApprovalState,
  outcome: 'approved' | 'declined',
  answers: RecordedAnswer[],
): Promise<void> {
  const cr = entry.changeRequest;
  const routing = entry.routing;
  if (cr === null || routing === null) return;
  const now = deps.clock.now();
  const answerOf = (accountId: string) => answers.find((answer) => answer.accountId === accountId);
  const approvers = state.groups.flatMap((group) =>
    [
      ...group.approvedBy.map((person) => ({ person, decision: 'approved' as const })),
      ...group.declinedBy.map((person) => ({ person, decision: 'declined' as const })),
    ].map(({ person, decision }) => {
      const answer = answerOf(person.accountId);
      return {
        name: person.displayName,
        accountId: person.accountId,
        group: group.name,
        decision,
        ...(answer?.comment ? { comment: answer.comment } : {}),
        ...(answer ? { decidedAt: answer.at } : {}),
      };
    }),
  );
  const wanted = outcome === 'approved' ? 'approve' : 'decline';
  const built = buildDecisionRecord({
    issueKey: entry.issueKey,
    decision: outcome,
    decidedAt: now.toISOString(),
    timeZone: routing.groups[0]?.timeZone ?? 'UTC',
    approvers,
    conditions: [
      ...new Set(
        answers.filter((answer) => answer.decision === 'approve').flatMap((answer) => answer.conditions),
      ),
    ],
    dissent: answers
      .filter((answer) => answer.decision !== wanted && answer.comment !== null)
      .map((answer) => ({ name: answer.displayName, comment: answer.comment ?? '' })),
    context: {
      summary: cr.summary,
      changeType: cr.changeType,
      risk: cr.risk,
      systems: [...cr.affectedSystems],
      plannedWindow: { start: cr.plannedWindow.start, end: cr.plannedWindow.end },
      routingReasons: routing.reasons.map((reason) => reason.outcome),
    },
    links: {
      issueUrl: entry.issueUrl,
      ...(cr.linkedPullRequest
        ? {
            pullRequest: {
              url: cr.linkedPullRequest.url,
              title: `${cr.linkedPullRequest.repository}#${String(cr.linkedPullRequest.number)}`,
            },
          }
        : {}),
    },
  });
  if (!built.ok)
    throw new Error(`The decision record for ${entry.issueKey} could not be built: ${built.message}`);
  const commentId = await deps.jira.addInternalComment(entry.issueKey, built.value);
  const recordText = decisionRecordToPlainText(built.value);
  const decided: LedgerEntry = {
    ...entry,
    status: outcome,
    decision: { outcome, at: now.toISOString(), commentId, recordText },
  };
  await deps.ledger.put(decided);
  if (entry.overdue !== undefined && deps.emergency !== undefined) {
    // A decided CR is no longer overdue: clear the indexed flag so JQL for overdue CRs stops finding it.
    await deps.emergency.setIssueProperty(entry.issueKey, OVERDUE_PROPERTY_KEY, {
      overdue: 'false',
      deadline: toIndexedDateTime(routing.deadline),
    });
  }
  await announceToPullRequest(deps, decided);
  const who = approvers.map((approver) => approver.name).join(', ');
  await deps.chat.post({
    text: `${entry.issueKey} was ${outcome}${who === '' ? '' : ` by ${who}`}: ${cr.summary} ${entry.issueUrl}`,
    urgent: false,
    issueKey: entry.issueKey,
  });
}
