/** The ledger facts the next-due moment depends on (src/domain/routing/next-due-at.ts). */
import type { DueFacts } from '../../domain/routing/next-due-at';
import type { LedgerEntry } from '../ports/store-ports';

export function dueFactsOf(entry: LedgerEntry): DueFacts {
  return {
    awaitingDecision: entry.status === 'awaiting-approval' && entry.decision === null,
    escalated: entry.overdue !== undefined,
    routing: entry.routing,
  };
}
