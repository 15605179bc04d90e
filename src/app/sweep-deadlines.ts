/**
 * The deadline sweep behind the five-minute scheduled trigger: pages through every CR
 * waiting for approval and sweeps each on its own (src/app/sweeps/sweep-change-request.ts). Safe to run
 * twice; 429 and 5xx are retried by the Jira adapter; a failure on one CR does not stop the others and is
 * reported back so the entry point can make Forge record it.
 */
import type { SweepDeps } from './sweeps/sweep-deps';
import { sweepChangeRequest, type CrSweepOutcome } from './sweeps/sweep-change-request';

export interface SweepReport {
  outcomes: Record<string, CrSweepOutcome>;
  failed: { issueKey: string; error: unknown }[];
}

export async function sweepDeadlines(deps: SweepDeps): Promise<SweepReport> {
  const outcomes: Record<string, CrSweepOutcome> = {};
  const failed: SweepReport['failed'] = [];
  // Collect the keys first: approving or escalating a CR changes the partition being paged through.
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.index.page(cursor);
    keys.push(...page.issueKeys);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  for (const issueKey of new Set(keys)) {
    try {
      outcomes[issueKey] = await sweepChangeRequest(deps, issueKey);
    } catch (error) {
      failed.push({ issueKey, error });
    }
  }
  return { outcomes, failed };
}
