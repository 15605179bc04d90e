/**
 * The deadline sweep behind the five-minute scheduled trigger: pages through the CRs waiting for approval
 * whose next due moment has come (the ledger's `by-next-due` index, src/domain/routing/next-due-at.ts) and
 * sweeps each on its own (src/app/sweeps/sweep-change-request.ts). A tick with nothing due reads KVS only
 * and makes no Jira call, however many CRs wait; moments missed by skipped ticks are still due, so they
 * catch up. Safe to run twice; 429 and 5xx are retried by the Jira adapter; a failure on one CR does not
 * stop the others and is reported back so the entry point can make Forge record it.
 */
import type { SweepDeps } from './sweeps/sweep-deps';
import { withGroupMemberMemo } from './sweeps/memo-group-members';
import { sweepChangeRequest, type CrSweepOutcome } from './sweeps/sweep-change-request';

export interface SweepReport {
  outcomes: Record<string, CrSweepOutcome>;
  failed: { issueKey: string; error: unknown }[];
}

export async function sweepDeadlines(deps: SweepDeps): Promise<SweepReport> {
  const run = withGroupMemberMemo(deps);
  const now = deps.app.clock.now();
  const outcomes: Record<string, CrSweepOutcome> = {};
  const failed: SweepReport['failed'] = [];
  // Collect the keys first: sweeping a CR moves it in the index being paged through.
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.index.due(now, cursor);
    keys.push(...page.issueKeys);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  for (const issueKey of new Set(keys)) {
    try {
      outcomes[issueKey] = await sweepChangeRequest(run, issueKey);
    } catch (error) {
      failed.push({ issueKey, error });
    }
  }
  return { outcomes, failed };
}
