/**
 * Retrospective approval after break-glass.
 * JSM's approval only takes answers while the issue is in its approval status (docs/platform-assumptions.md; the
 * stand-in answers "already completed" once it left), and "Implement now" moved the CR to Implementing.
 * So from then on the app collects the ECAB's answers itself: it checks the answerer is a member of a
 * routed group (as JSM would), keeps the answer on the ledger, and when every group has its number (or
 * anyone declines, counted by the domain's tally) the one publisher writes the final decision record,
 * saying it was given after implementation. An answer kept whose decision was never published (a failure
 * between the two) is published when its ECAB member answers again.
 */
import { decideFromAnswers } from '../../domain/approval';
import { buildDecisionRecord, formatDisplayTime } from '../../domain/decision-record';
import { transition } from '../../domain/lifecycle';
import type { AppDeps } from '../app-deps';
import { chatLink, chatText } from '../chat-text';
import { AppError } from '../errors';
import type { JiraPerson } from '../ports/jira-port';
import type { LedgerEntry, RecordedAnswer } from '../ports/store-ports';
import { lifecycleOf } from '../lifecycle/lifecycle-of';
import { publishDecision, type ComposedDecision } from '../lifecycle/publish-decision';
import { recordLinks } from '../lifecycle/record-parts';
import { recordContextInWords } from '../record-context-in-words';

export interface RetrospectiveAnswer {
  issueKey: string;
  decision: 'approve' | 'decline';
  comment?: string | undefined;
  conditions?: string[] | undefined;
}

export async function answerRetrospectiveApproval(
  deps: AppDeps,
  entry: LedgerEntry,
  viewerAccountId: string,
  request: RetrospectiveAnswer,
): Promise<'answered' | 'decided'> {
  const routing = entry.routing;
  if (routing === null || entry.breakGlass === undefined) {
    throw new AppError('NOT_FOUND', `${entry.issueKey} was not implemented before approval.`);
  }
  const membership = new Map<string, JiraPerson[]>();
  for (const group of routing.groups)
    membership.set(group.groupId, await deps.jira.groupMembers(group.groupId));
  const me = [...membership.values()].flat().find((person) => person.accountId === viewerAccountId);
  if (me === undefined) {
    throw new AppError('NOT_AN_APPROVER', `You are not an emergency approver of ${entry.issueKey}.`);
  }
  const allowed = transition(lifecycleOf(entry), { kind: 'record-answer' }, deps.clock.now());
  if (!allowed.ok) throw new AppError('ALREADY_DECIDED', `${entry.issueKey}: ${allowed.refusal.message}`);
  const earlier = await deps.ledger.listAnswers(entry.issueKey);
  const tally = (answers: RecordedAnswer[]) =>
    decideFromAnswers({
      groups: routing.groups,
      membership: Object.fromEntries(
        [...membership].map(([groupId, people]) => [groupId, people.map((person) => person.accountId)]),
      ),
      answers,
      requesterAccountId: entry.changeRequest?.requester.accountId ?? '',
    }).decision;
  if (earlier.some((answer) => answer.accountId === viewerAccountId)) {
    // Kept already; if those answers decided it and the decision was never published, publish it now.
    const kept = tally(earlier);
    if (kept === 'pending')
      throw new AppError('ALREADY_DECIDED', `You have already answered ${entry.issueKey}.`);
    await publish(deps, entry.issueKey, kept, membership, earlier);
    return 'decided';
  }
  const answer: RecordedAnswer = {
    accountId: viewerAccountId,
    displayName: me.displayName,
    decision: request.decision,
    at: deps.clock.now().toISOString(),
    comment: request.comment === undefined || request.comment === '' ? null : request.comment,
    conditions: request.conditions ?? [],
  };
  await deps.ledger.recordAnswer(entry.issueKey, answer);
  const answers = [...earlier, ...[answer]];
  const decision = tally(answers);
  if (decision === 'pending') return 'answered';
  await publish(deps, entry.issueKey, decision, membership, answers);
  return 'decided';
}

async function publish(
  deps: AppDeps,
  issueKey: string,
  decision: 'approved' | 'declined',
  membership: Map<string, JiraPerson[]>,
  answers: readonly RecordedAnswer[],
): Promise<void> {
  await publishDecision(deps, issueKey, {
    outcome: decision,
    by: 'retrospective',
    compose: (latest, now) => composeRetrospectiveRecord(deps, latest, decision, membership, answers, now),
  });
}

async function composeRetrospectiveRecord(
  deps: AppDeps,
  entry: LedgerEntry,
  outcome: 'approved' | 'declined',
  membership: Map<string, JiraPerson[]>,
  answers: readonly RecordedAnswer[],
  now: Date,
): Promise<ComposedDecision> {
  const cr = entry.changeRequest;
  const routing = entry.routing;
  const breakGlass = entry.breakGlass;
  if (cr === null || routing === null || breakGlass === undefined)
    throw new Error(`${entry.issueKey} was not implemented before approval.`);
  const groupOf = (accountId: string) =>
    routing.groups.find((group) =>
      (membership.get(group.groupId) ?? []).some((person) => person.accountId === accountId),
    )?.name ?? '';
  const wanted = outcome === 'approved' ? 'approve' : 'decline';
  const built = buildDecisionRecord({
    issueKey: entry.issueKey,
    decision: outcome,
    decidedAt: now.toISOString(),
    timeZone: routing.groups[0]?.timeZone ?? 'UTC',
    approvers: answers.map((answer) => ({
      name: answer.displayName,
      accountId: answer.accountId,
      group: groupOf(answer.accountId),
      decision: answer.decision === 'approve' ? ('approved' as const) : ('declined' as const),
      decidedAt: answer.at,
      ...(answer.comment === null ? {} : { comment: answer.comment }),
    })),
    conditions: [
      `Retrospective: implemented before approval by ${breakGlass.byName} on ${formatDisplayTime(breakGlass.at, routing.groups[0]?.timeZone ?? 'UTC')} (${breakGlass.reason})`,
      ...new Set(answers.filter((a) => a.decision === 'approve').flatMap((a) => a.conditions)),
    ],
    dissent: answers
      .filter((answer) => answer.decision !== wanted && answer.comment !== null)
      .map((answer) => ({ name: answer.displayName, comment: answer.comment ?? '' })),
    context: await recordContextInWords(deps.policies, cr, routing),
    links: recordLinks(entry),
  });
  if (!built.ok)
    throw new Error(`The decision record for ${entry.issueKey} could not be built: ${built.message}`);
  return {
    record: built.value,
    channel: {
      text: chatText`${entry.issueKey} (implemented before approval) was ${outcome} retrospectively by ${answers.map((a) => a.displayName).join(', ')}. ${chatLink(entry.issueUrl)}`,
      urgent: outcome === 'declined',
    },
  };
}
