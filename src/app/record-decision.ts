/**
 * Publishes the decision record once JSM's approval is final (docs/architecture.md, flow 3): an internal ADF comment
 * with who decided what and when, conditions, dissent and context, then the ledger and the team channel.
 * Called right after an answer in the panel and from the status-change event (JSM's own buttons); the one
 * publisher (lifecycle/publish-decision.ts) makes it happen once.
 */
import { parseApprovalPage, selectCurrentApproval, type ApprovalState } from '../domain/approval';
import { buildDecisionRecord } from '../domain/decision-record';
import type { AppDeps } from './app-deps';
import { answersSeenInJsm } from './answers-seen-in-jsm';
import { approvalStateFor } from './approval-state-for';
import { chatLink, chatText } from './chat-text';
import { publishDecision, resumePublishing, type ComposedDecision } from './lifecycle/publish-decision';
import { recordLinks } from './lifecycle/record-parts';
import { recordContextInWords } from './record-context-in-words';
import type { LedgerEntry, RecordedAnswer } from './ports/store-ports';

export type RecordOutcome = 'recorded' | 'already-recorded' | 'not-final' | 'not-routed' | 'busy';

export async function recordDecisionIfFinal(deps: AppDeps, issueKey: string): Promise<RecordOutcome> {
  const entry = await deps.ledger.get(issueKey);
  if (entry?.routing == null || entry.changeRequest === null) return 'not-routed';
  // Decided, its effects not all done yet (a failure part-way): this call finishes them.
  if (entry.publishing !== undefined)
    return (await resumePublishing(deps, issueKey, 'next-call')) === 'busy' ? 'busy' : 'already-recorded';
  if (entry.decision !== null) return 'already-recorded';
  // After break-glass the app collects the answers itself (emergency/answer-retrospective-approval.ts).
  if (entry.status === 'implemented-before-approval') return 'not-final';
  const approvals = await deps.jira.getApprovals(issueKey);
  const state = await approvalStateFor(
    deps.jira,
    approvals,
    entry.routing,
    entry.changeRequest.requester.accountId,
  );
  if (state.decisionSource !== 'jsm' || state.decision === 'pending') return 'not-final';
  const outcome = state.decision;
  const answers = await deps.ledger.listAnswers(issueKey);
  const published = await publishDecision(deps, issueKey, {
    outcome,
    by: 'approvers',
    compose: (latest, now) => composeRecord(deps, latest, state, outcome, answers, now),
    // JSM names no time per approver: its answers are dated when it completed the approval.
    answeredInJsm: answersSeenInJsm(
      state,
      answers,
      completedAtOf(approvals) ?? deps.clock.now().toISOString(),
    ),
  });
  switch (published.outcome) {
    case 'published':
      return 'recorded';
    case 'refused':
      return published.refusal.code === 'already-decided' ? 'already-recorded' : 'not-final';
    default:
      return published.outcome;
  }
}

/** When JSM completed the current approval (its `completedDate`), if it says. */
function completedAtOf(rawApprovals: unknown): string | null {
  const page = parseApprovalPage(rawApprovals);
  if (!page.ok) return null;
  const completed = selectCurrentApproval(page.value.values)?.completedDate;
  return completed === undefined ? null : new Date(completed.epochMillis).toISOString();
}

async function composeRecord(
  deps: AppDeps,
  entry: LedgerEntry,
  state: ApprovalState,
  outcome: 'approved' | 'declined',
  answers: RecordedAnswer[],
  now: Date,
): Promise<ComposedDecision> {
  const cr = entry.changeRequest;
  const routing = entry.routing;
  if (cr === null || routing === null) throw new Error(`${entry.issueKey} is not routed.`);
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
        // An answer seen on JSM's approval has no time of its own: the record gives none for it.
        ...(answer !== undefined && answer.via !== 'jsm' ? { decidedAt: answer.at } : {}),
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
    context: await recordContextInWords(deps.policies, cr, routing),
    links: recordLinks(entry),
  });
  if (!built.ok)
    throw new Error(`The decision record for ${entry.issueKey} could not be built: ${built.message}`);
  const who = approvers.map((approver) => approver.name).join(', ');
  return {
    record: built.value,
    channel: {
      text: chatText`${entry.issueKey} was ${outcome}${who === '' ? '' : ` by ${who}`}: ${cr.summary} ${chatLink(entry.issueUrl)}`,
      urgent: false,
    },
  };
}
