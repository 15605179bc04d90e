/**
 * The ledger entry seen as the lifecycle's state (src/domain/lifecycle), so every use case asks the one state
 * machine whether a move is allowed instead of checking statuses itself.
 */
import type { DecidedBy, LifecycleState } from '../../domain/lifecycle';
import type { LedgerEntry, LedgerStatus } from '../ports/store-ports';

/**
 * A decision still being published (`publishing`, lifecycle/publish-decision.ts) is written with its
 * `decision` before the first effect, so it reads as decided here: nothing decides it a second time, and
 * only a resume finishes its effects.
 */
export function lifecycleOf(entry: LedgerEntry): LifecycleState {
  const decided = entry.decision;
  return {
    phase: entry.status,
    decision:
      decided === null
        ? null
        : { outcome: decided.outcome, by: decided.by ?? inferredBy(entry), at: decided.at },
    // The ledger keeps the escalation for the audit; the flag itself ends with the decision.
    overdue: entry.overdue !== undefined && decided === null,
    stale: entry.stale !== undefined,
    unexplained: entry.unexplained !== undefined,
    reviewed: entry.postImplementationReview !== undefined,
  };
}

/** Entries written before the ledger named who decided. */
function inferredBy(entry: LedgerEntry): DecidedBy {
  return entry.breakGlass !== undefined ? 'retrospective' : 'approvers';
}

/** The ledger status of a state the lifecycle answered; drafts live on the issue, not on the ledger. */
export function ledgerStatusOf(state: LifecycleState): LedgerStatus {
  if (state.phase === 'drafted') throw new Error('A draft has no ledger entry: it is kept on its issue.');
  return state.phase;
}
