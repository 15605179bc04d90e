/**
 * One CR in the deadline sweep: silence as consent first (it decides the CR), then
 * due reminders, then escalation. A 'sweep' claim keeps two overlapping sweep runs (Forge may run a
 * scheduled trigger twice) from both sending; the saved sweep state keeps a later run from repeating, and
 * marks every moment now past as handled, so the CR's indexed next due moment moves on (next-due-at.ts).
 */
import { pendingDueMoments } from '../../domain/routing/next-due-at';
import { transition } from '../../domain/lifecycle';
import { approvalStateFor } from '../approval-state-for';
import { lifecycleOf } from '../lifecycle/lifecycle-of';
import type { LedgerEntry } from '../ports/store-ports';
import type { SweepState } from '../ports/sweep-ports';
import { recordDecisionIfFinal } from '../record-decision';
import type { SweepDeps } from './sweep-deps';
import { approveBySilenceIfDue, type SilenceOutcome } from './approve-by-silence';
import { dueFactsOf } from './due-facts-of';
import { escalateIfOverdue } from './escalate-overdue';
import { sendDueReminders } from './send-reminders';

export type CrSweepOutcome = 'approved-by-silence' | 'decision-recorded' | 'swept' | 'skipped' | 'busy';

export async function sweepChangeRequest(deps: SweepDeps, issueKey: string): Promise<CrSweepOutcome> {
  if (!(await deps.app.ledger.claim('sweep', issueKey))) return 'busy';
  try {
    return await sweep(deps, issueKey);
  } finally {
    await deps.app.ledger.release('sweep', issueKey);
  }
}

async function sweep(deps: SweepDeps, issueKey: string): Promise<CrSweepOutcome> {
  const entry = await deps.app.ledger.get(issueKey);
  const cr = entry?.changeRequest;
  if (entry === undefined || cr == null || entry.routing === null) return 'skipped';
  const now = deps.app.clock.now();
  // Reminders, escalation and silence are for a CR waiting for its approvers; the lifecycle says which.
  if (!transition(lifecycleOf(entry), { kind: 'remind' }, now).ok) return 'skipped';
  const state = await approvalStateFor(
    deps.app.jira,
    await deps.app.jira.getApprovals(issueKey),
    entry.routing,
    cr.requester.accountId,
  );
  // JSM decided without the app hearing of it (product events can be late or lost): record it now.
  if (state.decisionSource === 'jsm' && state.decision !== 'pending') {
    return (await recordDecisionIfFinal(deps.app, issueKey)) === 'recorded' ? 'decision-recorded' : 'skipped';
  }
  const sweepState = await deps.store.state(issueKey);
  const silence = await approveBySilenceIfDue(deps, entry, state, sweepState, now);
  if (silence === 'approved-by-silence') return 'approved-by-silence';
  const { policy } = await deps.app.policies.get();
  const gapHours = policy.changeTypes[cr.changeType].reminders.minimumGapHours;
  const next = await sendDueReminders(deps, entry, state, sweepState, now, gapHours);
  // Saved before escalating, so a failure there never sends these reminders again.
  if (next.handled.length !== sweepState.handled.length) await deps.store.saveState(issueKey, next);
  await escalateIfOverdue(deps, entry, state, now);
  // Always saved, even unchanged: this is also what brings a stale index back in line.
  await deps.store.saveState(issueKey, handledUpTo(entry, next, now, silence));
  return 'swept';
}

/**
 * Every moment at or before `now` has been acted on: reminders sent (or throttled), the deadline escalated
 * or found answered in time, the silence window closed with an objection. Only a silence that could not be
 * decided because another invocation held the decision ('busy') stays due, for the next run.
 */
function handledUpTo(entry: LedgerEntry, state: SweepState, now: Date, silence: SilenceOutcome): SweepState {
  const past = pendingDueMoments(dueFactsOf(entry), state)
    .filter((moment) => moment.at <= now.getTime())
    .filter((moment) => moment.kind !== 'silence' || silence !== 'busy')
    .map((moment) => moment.key);
  return past.length === 0 ? state : { ...state, handled: [...state.handled, ...past] };
}
