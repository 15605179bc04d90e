/**
 * The one decision publisher (docs/architecture.md, "Publishing a decision"). JSM's approvers, silence as
 * consent and the ECAB's retrospective answers all end here: under the 'decision' claim it reads the latest
 * ledger entry, asks the lifecycle whether the decision may be made, and performs the effects the lifecycle
 * answers, in order: move the issue (silence only), the decision record comment and the ledger, clear the
 * indexed overdue flag, the pull request's commit status, the team channel. A decided CR is refused, so a
 * redelivered event or a second click never writes a second record.
 */
import type { AdfDocument } from '../../domain/decision-record';
import { decisionRecordToPlainText } from '../../domain/decision-record';
import { transition, type DecidedBy, type Refusal } from '../../domain/lifecycle';
import { toIndexedDateTime } from '../../domain/shared/indexed-date-time';
import { announceToPullRequest } from '../announce-to-pull-request';
import type { AppDeps } from '../app-deps';
import type { ChatText } from '../chat-text';
import type { LedgerEntry } from '../ports/store-ports';
import { OVERDUE_PROPERTY_KEY } from '../sweeps/sweep-deps';
import { lifecycleOf } from './lifecycle-of';

export interface ComposedDecision {
  record: AdfDocument;
  channel: { text: ChatText; urgent: boolean };
}

export interface DecisionToPublish {
  outcome: 'approved' | 'declined';
  by: DecidedBy;
  /** The record and the channel message, built from the latest entry before anything is written. */
  compose(entry: LedgerEntry, now: Date): ComposedDecision | Promise<ComposedDecision>;
  /** Moves the issue to its decided status when JSM does not (silence as consent). */
  moveIssue?: (entry: LedgerEntry) => Promise<void>;
}

export type PublishOutcome =
  | { outcome: 'published'; entry: LedgerEntry }
  | { outcome: 'busy' }
  | { outcome: 'not-routed' }
  | { outcome: 'refused'; refusal: Refusal };

export async function publishDecision(
  deps: AppDeps,
  issueKey: string,
  decision: DecisionToPublish,
): Promise<PublishOutcome> {
  if (!(await deps.ledger.claim('decision', issueKey))) return { outcome: 'busy' };
  try {
    const entry = await deps.ledger.get(issueKey);
    if (entry?.routing == null || entry.changeRequest === null) return { outcome: 'not-routed' };
    const now = deps.clock.now();
    const moved = transition(
      lifecycleOf(entry),
      { kind: 'decide', outcome: decision.outcome, by: decision.by },
      now,
    );
    if (!moved.ok) return { outcome: 'refused', refusal: moved.refusal };
    const composed = await decision.compose(entry, now);
    let decided = entry;
    for (const effect of moved.effects) {
      switch (effect) {
        case 'transition-issue':
          if (decision.moveIssue === undefined)
            throw new Error(`Nothing moves ${issueKey} to its decided status.`);
          await decision.moveIssue(entry);
          break;
        case 'publish-decision-record':
          decided = await writeRecord(deps, entry, decision, composed.record, now);
          break;
        case 'clear-overdue-flag':
          // JQL for overdue CRs (`issue.property[async-cab].overdue = true`) must stop finding a decided CR.
          await deps.properties.setIssueProperty(issueKey, OVERDUE_PROPERTY_KEY, {
            overdue: 'false',
            deadline: toIndexedDateTime(entry.routing.deadline),
          });
          break;
        case 'set-commit-status':
          await announceToPullRequest(deps, decided);
          break;
        case 'post-to-channel':
          await deps.chat.post({ ...composed.channel, issueKey });
          break;
        default:
          throw new Error(`A decision does not ${effect}.`);
      }
    }
    return { outcome: 'published', entry: decided };
  } finally {
    await deps.ledger.release('decision', issueKey);
  }
}

async function writeRecord(
  deps: AppDeps,
  entry: LedgerEntry,
  decision: DecisionToPublish,
  record: AdfDocument,
  now: Date,
): Promise<LedgerEntry> {
  const commentId = await deps.jira.addInternalComment(entry.issueKey, record);
  const decided: LedgerEntry = {
    ...entry,
    status: decision.outcome,
    decision: {
      outcome: decision.outcome,
      by: decision.by,
      at: now.toISOString(),
      commentId,
      recordText: decisionRecordToPlainText(record),
    },
  };
  await deps.ledger.put(decided);
  return decided;
}
