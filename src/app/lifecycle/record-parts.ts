/** The context and links sections every decision record carries, from the ledger. */
import type { ChangeRequest } from '../../domain/change-request';
import type { RoutingResult } from '../../domain/routing';
import type { LedgerEntry } from '../ports/store-ports';

export function recordContext(cr: ChangeRequest, routing: RoutingResult) {
  return {
    summary: cr.summary,
    changeType: cr.changeType,
    risk: cr.risk,
    systems: [...cr.affectedSystems],
    plannedWindow: { start: cr.plannedWindow.start, end: cr.plannedWindow.end },
    routingReasons: routing.reasons.map((reason) => reason.outcome),
  };
}

export function recordLinks(entry: LedgerEntry) {
  const pullRequest = entry.changeRequest?.linkedPullRequest;
  return {
    issueUrl: entry.issueUrl,
    ...(pullRequest === undefined
      ? {}
      : {
          pullRequest: {
            url: pullRequest.url,
            title: `${pullRequest.repository}#${String(pullRequest.number)}`,
          },
        }),
  };
}
