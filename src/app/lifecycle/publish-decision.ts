/**
 * The one decision publisher (docs/architecture.md, "Publishing a decision"). JSM's approvers, silence as
 * consent and the ECAB's retrospective answers all end here: under the 'decision' claim it reads the latest
 * ledger entry, asks the lifecycle whether the decision may be made, and performs the effects the lifecycle
 * answers, in order: move the issue (silence only), the decision record comment, clear the indexed overdue
 * flag, the pull request's commit status, the team channel, the requester's email about the outcome. A decided CR is refused, so a redelivered event
 * or a second click never writes a second record.
 *
 * Resumable (docs/architecture.md, "Resumable steps"): before the first effect people would see twice, the
 * entry is written decided with the composed record, the channel text and the effects left (`publishing`),
 * so the lifecycle already sees it decided; each effect is taken off once done. A later call (this
 * publisher again, JSM's status-change event, the hourly reconcile) finishes what is left with the same
 * record and text, and looks for the record comment before posting it again.
 */
import type { AdfDocument } from '../../domain/decision-record';
import { decisionRecordToPlainText } from '../../domain/decision-record';
import { transition, type DecidedBy, type Effect, type Refusal } from '../../domain/lifecycle';
import { toIndexedDateTime } from '../../domain/shared/indexed-date-time';
import type { AppDeps } from '../app-deps';
import type { ChatText } from '../chat-text';
import type { LedgerEntry, Publishing, PublishingStep, RecordedAnswer } from '../ports/store-ports';
import { OVERDUE_PROPERTY_KEY } from '../sweeps/sweep-deps';
import { recordDecidedChange } from '../figures/record-decided-change';
import { lifecycleOf } from './lifecycle-of';
import { requesterOutcomeEmail } from './requester-outcome-message';
import {
  beginSteps,
  countResume,
  postCommentOnce,
  recordMarkers,
  runSteps,
  scheduleCommitStatus,
  type ResumedBy,
} from './resumable-steps';

export interface ComposedDecision {
  record: AdfDocument;
  channel: { text: ChatText; urgent: boolean };
}

export interface DecisionToPublish {
  outcome: 'approved' | 'declined';
  by: DecidedBy;
  /** The record and the channel message, built from the latest entry before anything is written. */
  compose(entry: LedgerEntry, now: Date): ComposedDecision | Promise<ComposedDecision>;
  /**
   * Moves the issue to its decided status when JSM does not (silence as consent). Done before the decision
   * is written, and safe to repeat: a move to the status the issue is in already writes nothing.
   */
  moveIssue?: (entry: LedgerEntry) => Promise<void>;
  /**
   * Answers given outside the app's panel (JSM's own buttons): kept on the ledger as seen in JSM
   * (LedgerRepository.noteAnswerSeenInJsm) and counted in the figures.
   */
  answeredInJsm?: readonly RecordedAnswer[];
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
    let entry = await deps.ledger.get(issueKey);
    if (entry?.routing == null || entry.changeRequest === null) return { outcome: 'not-routed' };
    // What an earlier call began is finished first: a decision's (the lifecycle then refuses this one), or
    // the break-glass record's (a retrospective decision follows it).
    if (entry.publishing !== undefined) entry = await finishPublishing(deps, entry, entry.publishing, true);
    const now = deps.clock.now();
    const moved = transition(
      lifecycleOf(entry),
      { kind: 'decide', outcome: decision.outcome, by: decision.by },
      now,
    );
    if (!moved.ok) return { outcome: 'refused', refusal: moved.refusal };
    const composed = await decision.compose(entry, now);
    const pending: PublishingStep[] = [];
    for (const effect of moved.effects) {
      if (isPublishingStep(effect)) {
        pending.push(effect);
      } else if (effect === 'transition-issue') {
        if (decision.moveIssue === undefined)
          throw new Error(`Nothing moves ${issueKey} to its decided status.`);
        await decision.moveIssue(entry);
      } else {
        throw new Error(`A decision does not ${effect}.`);
      }
    }
    // Answers given with JSM's buttons are kept first (never over one given in the app), so a resume, the
    // export and the figures all see them.
    for (const answer of decision.answeredInJsm ?? [])
      await deps.ledger.noteAnswerSeenInJsm?.(issueKey, answer);
    // Read once, under the claim: the requester's email and the figures both take them.
    const answers = await deps.ledger.listAnswers(issueKey);
    const requester = pending.includes('tell-requester-outcome')
      ? requesterOutcomeEmail(entry, decision, answers, composed.record)
      : null;
    const publishing: Publishing = {
      of: 'decision',
      record: composed.record,
      channel: composed.channel,
      ...(requester === null ? {} : { requester }),
      ...beginSteps(pending, now),
    };
    const { routingSteps: _supersededByTheDecision, ...rest } = entry;
    const decided: LedgerEntry = {
      ...rest,
      status: decision.outcome,
      decision: {
        outcome: decision.outcome,
        by: decision.by,
        at: now.toISOString(),
        recordText: decisionRecordToPlainText(composed.record),
      },
      publishing,
    };
    // Decided from here on, for every reader: a retry finishes the effects and decides nothing again.
    await deps.ledger.put(decided);
    const published = await finishPublishing(deps, decided, publishing, false);
    // The board's figures (src/app/figures/record-decided-change.ts): counted once per CR, however often.
    const kept = new Set(answers.map((answer) => answer.accountId));
    const notKept = (decision.answeredInJsm ?? []).filter((answer) => !kept.has(answer.accountId));
    await recordDecidedChange(deps, published, [...answers, ...notKept]);
    return { outcome: 'published', entry: published };
  } finally {
    await deps.ledger.release('decision', issueKey);
  }
}

const PUBLISHING_STEPS: readonly Effect[] = [
  'publish-decision-record',
  'clear-overdue-flag',
  'set-commit-status',
  'post-to-channel',
  'tell-requester-outcome',
];

/** The lifecycle's effects that publishing performs and a resume can finish. */
export const isPublishingStep = (effect: Effect): effect is PublishingStep =>
  PUBLISHING_STEPS.includes(effect);

export type ResumeOutcome = 'finished' | 'nothing-left' | 'given-up' | 'busy';

/**
 * Finishes a decision's (or the break-glass record's) effects an earlier call left, under the 'decision'
 * claim: the hourly reconcile, JSM's status-change event, "Implement now" pressed again.
 */
export async function resumePublishing(
  deps: AppDeps,
  issueKey: string,
  resumedBy: ResumedBy,
): Promise<ResumeOutcome> {
  if (!(await deps.ledger.claim('decision', issueKey))) return 'busy';
  try {
    const entry = await deps.ledger.get(issueKey);
    if (entry?.publishing === undefined) return 'nothing-left';
    let current = entry;
    let publishing = entry.publishing;
    if (resumedBy === 'reconcile') {
      const what =
        publishing.of === 'decision' ? 'publishing the decision' : 'publishing the break-glass record';
      const counted = await countResume(deps, entry, publishing, what, withPublishing);
      if (counted === null) return 'given-up';
      current = counted.entry;
      publishing = counted.steps;
    }
    const finished = await finishPublishing(deps, current, publishing, true);
    if (publishing.of === 'decision')
      await recordDecidedChange(deps, finished, await deps.ledger.listAnswers(issueKey));
    return 'finished';
  } finally {
    await deps.ledger.release('decision', issueKey);
  }
}

export function withPublishing(entry: LedgerEntry, publishing: Publishing | undefined): LedgerEntry {
  const { publishing: _done, ...rest } = entry;
  return publishing === undefined ? rest : { ...rest, publishing };
}

/**
 * The effects left, in order, each written off on the entry once done. The record comment is looked for
 * first on a resume only; the commit status never fails the decision (it stays for a later resume).
 * Callers hold the 'decision' claim.
 */
export async function finishPublishing(
  deps: AppDeps,
  entry: LedgerEntry,
  publishing: Publishing,
  resuming: boolean,
): Promise<LedgerEntry> {
  return runSteps(deps, entry, publishing, withPublishing, async (step, current) => {
    switch (step) {
      case 'publish-decision-record': {
        const commentId = await postCommentOnce(
          deps,
          current.issueKey,
          publishing.record,
          recordMarkers(publishing.record),
          resuming,
        );
        return withCommentId(current, publishing.of, commentId);
      }
      case 'clear-overdue-flag': {
        const deadline = current.routing?.deadline;
        if (deadline === undefined) return current;
        // JQL for overdue CRs (`issue.property[async-cab].overdue = true`) must stop finding a decided CR.
        await deps.properties.setIssueProperty(current.issueKey, OVERDUE_PROPERTY_KEY, {
          overdue: 'false',
          deadline: toIndexedDateTime(deadline),
        });
        return current;
      }
      case 'set-commit-status':
        return (await scheduleCommitStatus(deps, current)) ? current : 'keep';
      case 'post-to-channel':
        await deps.chat.post({ ...publishing.channel, issueKey: current.issueKey });
        return current;
      case 'tell-requester-outcome':
        if (publishing.requester !== undefined)
          await deps.jira.notify(current.issueKey, publishing.requester);
        return current;
    }
  });
}

function withCommentId(entry: LedgerEntry, of: Publishing['of'], commentId: string): LedgerEntry {
  if (of === 'break-glass') {
    if (entry.breakGlass === undefined) throw new Error(`${entry.issueKey} has no break-glass record.`);
    return { ...entry, breakGlass: { ...entry.breakGlass, commentId } };
  }
  if (entry.decision === null) throw new Error(`${entry.issueKey} has no decision to record.`);
  return { ...entry, decision: { ...entry.decision, commentId } };
}
