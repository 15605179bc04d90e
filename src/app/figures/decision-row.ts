/** One decided change request as a line of the audit export (src/app/figures/export-decisions.ts). */
import { isoInZone } from '../../domain/shared/zoned-iso';
import type { IssueFacts } from '../ports/figures-ports';
import type { LedgerEntry, RecordedAnswer } from '../ports/store-ports';

export const DECISION_COLUMNS = [
  'request_key',
  'summary',
  'requester',
  'requester_account_id',
  'raised_at_utc',
  'routed_at_utc',
  'decided_at_utc',
  'viewer_time_zone',
  'raised_at_viewer',
  'routed_at_viewer',
  'decided_at_viewer',
  'change_type',
  'risk',
  'systems',
  'approver_groups',
  'approvers_and_answers',
  'decision',
  'decided_by',
  'response_deadline_utc',
  'decided_within_agreement',
  'deviations',
  'request_link',
  'decision_record_link',
] as const;

const HOW_DECIDED = {
  approvers: 'approvers (JSM approval)',
  silence: 'silence as consent',
  retrospective: 'retrospective approval after break-glass',
} as const;

const utc = (instant: string) => isoInZone(instant, 'UTC');

/** Jira's link to one comment of an issue. */
export const commentLink = (issueUrl: string, commentId: string | undefined) =>
  commentId === undefined ? '' : `${issueUrl}?focusedCommentId=${encodeURIComponent(commentId)}`;

export function decisionRow(
  entry: LedgerEntry,
  answers: readonly RecordedAnswer[],
  facts: IssueFacts | undefined,
  timeZone: string,
): string[] {
  const { decision, routing, changeRequest: cr } = entry;
  if (decision === null) throw new Error(`${entry.issueKey} is not decided.`);
  const requesterId = cr?.requester.accountId ?? facts?.reporter?.accountId ?? '';
  const requesterName = facts?.reporter?.accountId === requesterId ? facts.reporter.displayName : '';
  const raised = facts?.createdAt ?? '';
  const at = (instant: string) => (instant === '' ? '' : isoInZone(instant, timeZone));
  const deadline = routing?.deadline ?? '';
  const within = deadline === '' ? '' : Date.parse(decision.at) <= Date.parse(deadline) ? 'yes' : 'no';
  return [
    entry.issueKey,
    cr?.summary ?? '',
    requesterName,
    requesterId,
    raised === '' ? '' : utc(raised),
    utc(entry.routedAt),
    utc(decision.at),
    timeZone,
    at(raised),
    at(entry.routedAt),
    at(decision.at),
    routing?.changeType ?? cr?.changeType ?? '',
    cr?.risk ?? '',
    (cr?.affectedSystems ?? []).join('; '),
    (routing?.groups ?? []).map((group) => group.name).join('; '),
    answers.map(answerText).join(' | '),
    decision.outcome,
    HOW_DECIDED[decision.by ?? (entry.breakGlass === undefined ? 'approvers' : 'retrospective')],
    deadline === '' ? '' : utc(deadline),
    within,
    deviationsOf(entry, within === 'no').join('; '),
    entry.issueUrl,
    commentLink(entry.issueUrl, decision.commentId),
  ];
}

function answerText(answer: RecordedAnswer): string {
  const when =
    answer.via === 'jsm' ? `with JSM's buttons, seen by ${utc(answer.at)}` : `at ${utc(answer.at)}`;
  const parts = [`${answer.displayName} (${answer.accountId}): ${answer.decision} ${when}`];
  if (answer.comment !== null) parts.push(`comment: ${answer.comment}`);
  if (answer.conditions.length > 0) parts.push(`conditions: ${answer.conditions.join('; ')}`);
  return parts.join(', ');
}

/** Where the change request left the normal path, for the auditor. */
export function deviationsOf(entry: LedgerEntry, late: boolean): string[] {
  const deviations: string[] = [];
  const { breakGlass, decision } = entry;
  if (breakGlass !== undefined) {
    deviations.push(
      `break-glass: implemented before approval by ${breakGlass.byName} at ${utc(breakGlass.at)} (${breakGlass.reason})`,
    );
    if (decision !== null && Date.parse(decision.at) > Date.parse(breakGlass.retrospectiveDeadline)) {
      deviations.push(`retrospective decision after its deadline ${utc(breakGlass.retrospectiveDeadline)}`);
    }
  }
  if (decision?.by === 'silence') deviations.push('approved by silence as consent: nobody answered');
  if (late) deviations.push('decided after the response-time agreement');
  if (entry.overdue !== undefined) {
    deviations.push(`overdue: escalated at ${utc(entry.overdue.escalatedAt)}`);
  }
  if (entry.changeTypeOverride !== undefined) {
    deviations.push(
      `change type ${entry.changeTypeOverride.from} made emergency: ${entry.changeTypeOverride.reason}`,
    );
  }
  if (entry.stale !== undefined) {
    deviations.push(
      `approval stale: new commits (${entry.stale.headSha.slice(0, 12)}) since ${utc(entry.stale.since)}`,
    );
  }
  if (entry.unexplained !== undefined) {
    deviations.push(
      `moved from ${entry.unexplained.from} to ${entry.unexplained.to} outside the approval at ${utc(entry.unexplained.at)}`,
    );
  }
  return deviations;
}
