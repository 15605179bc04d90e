import type { LedgerEntry } from '../../src/app/ports/store-ports';
import { demoPolicy } from '../../src/domain/policy';
import { routeChangeRequest } from '../../src/domain/routing';
import { makeChangeRequest } from './make-change-request';

/**
 * A ledger entry as the app writes it for a CR routed at `routedAt` under the demo policy (real routing),
 * decided at `decidedAt` when given. Override what the test is about.
 */
export function makeLedgerEntry(
  issueKey: string,
  options: { routedAt: string; decidedAt?: string; outcome?: 'approved' | 'declined' },
  overrides: Partial<LedgerEntry> = {},
): LedgerEntry {
  const changeRequest = makeChangeRequest();
  const routing = routeChangeRequest(demoPolicy, changeRequest, new Date(options.routedAt));
  const outcome = options.outcome ?? 'approved';
  return {
    issueKey,
    issueUrl: `https://site.example/browse/${issueKey}`,
    status: options.decidedAt === undefined ? 'awaiting-approval' : outcome,
    changeRequest,
    routing,
    problems: [],
    routedAt: options.routedAt,
    deadlineAt: Date.parse(routing.deadline),
    decision:
      options.decidedAt === undefined
        ? null
        : {
            outcome,
            by: 'approvers',
            at: options.decidedAt,
            commentId: '10001',
            recordText: `${issueKey} ${outcome}.`,
          },
    notifiedAt: options.routedAt,
    ...overrides,
  };
}
