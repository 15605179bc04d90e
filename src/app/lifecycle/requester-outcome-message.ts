/**
 * What the requester is told when their change is decided (approved, with its conditions; declined, with
 * the reasons; approved by silence; decided by the ECAB after break-glass) and when an approval goes stale.
 * One Jira email (notify) to the requester, with the link they can open: the portal for a customer. The
 * outcome email carries the decision record below the outcome, formatted (src/app/email-document.ts).
 */
import {
  bulletList,
  heading,
  link,
  panel,
  paragraph,
  rule,
  text,
  type AdfBlock,
  type AdfDocument,
} from '../../domain/decision-record';
import type { DecidedBy } from '../../domain/lifecycle';
import { emailOfDocument } from '../email-document';
import type { Notification } from '../ports/jira-port';
import type { LedgerEntry, RecordedAnswer } from '../ports/store-ports';

interface Outcome {
  outcome: 'approved' | 'declined';
  by: DecidedBy;
}

export function requesterOutcomeEmail(
  entry: LedgerEntry,
  decision: Outcome,
  answers: readonly RecordedAnswer[],
  /** The decision record as Jira's comment has it, shown below the outcome. */
  record?: AdfDocument,
): Notification | null {
  const cr = entry.changeRequest;
  const requester = cr?.requester.accountId ?? '';
  if (cr === null || requester === '') return null;
  const conditions = answers
    .filter((answer) => answer.decision === 'approve')
    .flatMap((answer) => answer.conditions);
  const reasons = answers
    .filter((answer) => answer.decision === 'decline' && answer.comment !== null)
    .map((answer) => `${answer.displayName}: ${answer.comment ?? ''}`);
  const headline = headlineOf(decision, conditions.length > 0);
  const listed = (title: string, items: readonly string[]): AdfBlock[] =>
    items.length === 0 ? [] : [paragraph(text(title, 'strong')), bulletList(items.map((item) => text(item)))];
  const url = entry.portalUrl ?? entry.issueUrl;
  const doc: AdfDocument = {
    type: 'doc',
    version: 1,
    content: [
      heading(2, `${entry.issueKey} ${headline}`),
      paragraph(text(`${entry.issueKey} ${cr.summary}: ${sentenceOf(decision, conditions.length > 0)}`)),
      ...listed('Conditions:', conditions),
      ...listed('Reasons given:', reasons),
      ...nextStep(decision).map((line) =>
        panel(decision.outcome === 'declined' ? 'warning' : 'success', [paragraph(text(line))]),
      ),
      paragraph(text('Open it: '), link(url, url)),
      ...(record === undefined ? [] : [rule(), ...record.content]),
    ],
  };
  return emailOfDocument(`${entry.issueKey} ${headline}: ${cr.summary}`, doc, { accountIds: [requester] });
}

/** New commits after approval: the change must be approved again before it ships. */
export function requesterStaleEmail(entry: LedgerEntry, pullRequestUrl: string): Notification | null {
  const cr = entry.changeRequest;
  const requester = cr?.requester.accountId ?? '';
  if (cr === null || requester === '') return null;
  const url = entry.portalUrl ?? entry.issueUrl;
  const doc: AdfDocument = {
    type: 'doc',
    version: 1,
    content: [
      heading(2, `${entry.issueKey} approval is stale`),
      paragraph(
        text(
          `${entry.issueKey} ${cr.summary}: its approval no longer covers the code, because new commits were pushed to `,
        ),
        link(pullRequestUrl, pullRequestUrl),
        text(' after it was approved.'),
      ),
      panel('warning', [
        paragraph(
          text(
            'The pull request shows a pending Async CAB status until the change is approved for the new code. Ask your approvers to look again, or raise a new change request for the new commits.',
          ),
        ),
      ]),
      paragraph(text('Open it: '), link(url, url)),
    ],
  };
  return emailOfDocument(`${entry.issueKey} approval is stale: ${cr.summary}`, doc, {
    accountIds: [requester],
  });
}

function headlineOf(decision: Outcome, withConditions: boolean): string {
  if (decision.outcome === 'declined')
    return decision.by === 'retrospective' ? 'declined after it was implemented' : 'declined';
  if (decision.by === 'silence') return 'approved by silence';
  if (decision.by === 'retrospective') return 'approved after it was implemented';
  return withConditions ? 'approved with conditions' : 'approved';
}

function sentenceOf(decision: Outcome, withConditions: boolean): string {
  if (decision.outcome === 'declined') {
    return decision.by === 'retrospective'
      ? 'the emergency approvers declined it after it was implemented.'
      : 'your approvers declined it.';
  }
  if (decision.by === 'silence')
    return 'nobody objected or declined before the objection window closed, so it is approved by silence.';
  if (decision.by === 'retrospective') return 'the emergency approvers approved it after it was implemented.';
  return withConditions ? 'your approvers approved it, with conditions.' : 'your approvers approved it.';
}

function nextStep(decision: Outcome): string[] {
  if (decision.outcome === 'declined' && decision.by !== 'retrospective')
    return ['Do not implement it. Address the reasons, then raise a new change request.'];
  if (decision.outcome === 'approved' && decision.by !== 'retrospective')
    return ['You may implement it in its planned window.'];
  return [];
}
