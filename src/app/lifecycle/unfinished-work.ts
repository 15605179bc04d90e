/**
 * A ledger entry's unfinished steps as the hourly reconcile looks for them (docs/architecture.md, "Resumable
 * steps"). The ledger's write keeps one index key per CR in line with this, in the same transaction
 * (src/adapters/kvs/ledger-repository.ts), so the reconcile reads only CRs with work left.
 */
import type { LedgerEntry, UnfinishedSteps } from '../ports/store-ports';
import type { UnfinishedWork } from '../ports/sweep-ports';

export function unfinishedWorkOf(entry: LedgerEntry): UnfinishedWork | null {
  const parts: [UnfinishedWork['parts'][number], UnfinishedSteps<string> | undefined][] = [
    ['routing', entry.routingSteps],
    ['publishing', entry.publishing],
    ['review', entry.reviewSteps],
  ];
  const open = parts.flatMap(([part, steps]) => (steps === undefined ? [] : [{ part, steps }]));
  if (open.length === 0) return null;
  return {
    issueKey: entry.issueKey,
    parts: open.map(({ part }) => part),
    pending: open.flatMap(({ steps }) => steps.pending),
    since: open.map(({ steps }) => steps.startedAt).sort()[0] ?? '',
    givenUp: open.every(({ steps }) => steps.givenUpAt !== undefined),
  };
}
