/**
 * One CR in the deadline sweep: silence as consent first (it decides the CR), then
 * due reminders, then escalation. A 'sweep' claim keeps two overlapping sweep runs (Forge may run a
 * scheduled trigger twice) from both sending; the saved sweep state keeps a later run from repeating.
 */
import { approvalStateFor } from '../approval-state-for';
import { recordDecisionIfFinal } from '../record-decision';
import type { SweepDeps } from './sweep-deps';
import { approveBySilenceIfDue } from './approve-by-silence';
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
  if (entry.status !== 'awaiting-approval' || entry.decision !== null) return 'skipped';
  const now = deps.app.clock.now();
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
  if ((await approveBySilenceIfDue(deps, entry, state, sweepState, now)) === 'approved-by-silence') {
    return 'approved-by-silence';
  }
  const { policy } = await deps.app.policies.get();
  const gapHours = policy.changeTypes[cr.changeType].reminders.minimumGapHours;
  const next = await sendDueReminders(deps, entry, state, sweepState, now, gapHours);
  if (next.handled.length !== sweepState.handled.length) await deps.store.saveState(issueKey, next);
  await escalateIfOverdue(deps, entry, state, now);
  return 'swept';
}
