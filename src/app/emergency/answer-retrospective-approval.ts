/**
 * Retrospective approval after break-glass.
 * JSM's approval only takes answers while the issue is in its approval status (rest-shapes.md §3; the
 * stand-in answers "already completed" once it left), and "Implement now" moved the CR to Implementing.
 * So from then on the app collects the ECAB's answers itself: it checks the answerer is a member of a
 * routed group (as JSM would), keeps the answer on the ledger, and when every group has its number (or
 * anyone declines) publishes the final decision record, saying it was given after implementation.
 */
import { buildDecisionRecord, decisionRecordToPlainText } from '../../domain/decision-record';
import { announceToPullRequest } from '../announce-to-pull-request';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors';
import type { JiraPerson } from '../ports/jira-port';
import type { LedgerEntry, RecordedAnswer } from '../ports/store-ports';
import { recordContext, recordLinks } from './record-parts';

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
  const earlier = await deps.ledger.listAnswers(entry.issueKey);
  if (earlier.some((answer) => answer.accountId === viewerAccountId)) {
    throw new AppError('ALREADY_DECIDED', `You have already answered ${entry.issueKey}.`);
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
  const outcome = tally(routing.groups, membership, answers, entry.changeRequest?.requester.accountId ?? '');
  if (outcome === 'pending') return 'answered';
  await publishRetrospectiveDecision(deps, entry, outcome, membership, answers);
  return 'decided';
}

/** JSM's numberPerPrincipal rule over the ledger's answers: any decline decides; else every group's number. */
function tally(
  groups: NonNullable<LedgerEntry['routing']>['groups'],
  membership: Map<string, JiraPerson[]>,
  answers: readonly RecordedAnswer[],
  requesterAccountId: string,
): 'approved' | 'declined' | 'pending' {
  const counted = answers.filter((answer) => answer.accountId !== requesterAccountId);
  if (counted.some((answer) => answer.decision === 'decline')) return 'declined';
  const satisfied = groups.every((group) => {
    const members = new Set((membership.get(group.groupId) ?? []).map((person) => person.accountId));
    const approvals = counted.filter((answer) => members.has(answer.accountId)).length;
    return approvals >= group.approvalsNeeded;
  });
  return satisfied ? 'approved' : 'pending';
}

async function publishRetrospectiveDecision(
  deps: AppDeps,
  entry: LedgerEntry,
  outcome: 'approved' | 'declined',
  membership: Map<string, JiraPerson[]>,
  answers: readonly RecordedAnswer[],
): Promise<void> {
  const cr = entry.changeRequest;
  const routing = entry.routing;
  const breakGlass = entry.breakGlass;
  if (cr === null || routing === null || breakGlass === undefined) return;
  const now = deps.clock.now();
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
      `Retrospective: implemented before approval by ${breakGlass.byName} at ${breakGlass.at} (${breakGlass.reason})`,
      ...new Set(answers.filter((a) => a.decision === 'approve').flatMap((a) => a.conditions)),
    ],
    dissent: answers
      .filter((answer) => answer.decision !== wanted && answer.comment !== null)
      .map((answer) => ({ name: answer.displayName, comment: answer.comment ?? '' })),
    context: recordContext(cr, routing),
    links: recordLinks(entry),
  });
  if (!built.ok)
    throw new Error(`The decision record for ${entry.issueKey} could not be built: ${built.message}`);
  const commentId = await deps.jira.addInternalComment(entry.issueKey, built.value);
  const decided: LedgerEntry = {
    ...entry,
    status: outcome,
    decision: {
      outcome,
      at: now.toISOString(),
      commentId,
      recordText: decisionRecordToPlainText(built.value),
    },
  };
  await deps.ledger.put(decided);
  // The linked PR's commit status follows the retrospective decision.
  await announceToPullRequest(deps, decided);
  await deps.chat.post({
    text: `${entry.issueKey} (implemented before approval) was ${outcome} retrospectively by ${answers.map((a) => a.displayName).join(', ')}. ${entry.issueUrl}`,
    urgent: outcome === 'declined',
    issueKey: entry.issueKey,
  });
}
