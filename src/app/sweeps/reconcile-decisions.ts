/**
 * The hourly backstop for JSM decisions the app did not hear about. The status-change event
 * (src/entry/issue-events-trigger.ts) is the main path, but product events can be late or lost
 * (docs/platform-assumptions.md) and JSM has no approval event. So every CR the ledger still has awaiting
 * approval is checked against Jira in batches: one JQL search per BATCH_SIZE keys finds those whose status
 * already left the approval statuses, and only for those is the decision recorded (recordDecisionIfFinal,
 * which reads JSM's approval itself). 1,000 waiting CRs with nothing missed cost 10 Jira calls.
 * It also indexes ledger entries stored before `nextDueAt` existed, so the deadline sweep finds them, and
 * first finishes the steps a routing, a decision's publishing or a review left undone
 * (finish-unfinished-work.ts), from their own small index: nothing unfinished costs no Jira call.
 */
import type { AppDeps } from '../app-deps';
import { APPROVAL_STATUSES } from '../approval-statuses';
import { UpstreamError } from '../errors';
import type {
  ApprovalStatusSearch,
  AwaitingApprovalIndex,
  SweepStore,
  UnfinishedWorkIndex,
} from '../ports/sweep-ports';
import { recordDecisionIfFinal, type RecordOutcome } from '../record-decision';
import { finishUnfinishedWork, type UnfinishedReport } from './finish-unfinished-work';
import { withGroupMemberMemo } from './memo-group-members';

export interface ReconcileDeps {
  app: AppDeps;
  index: AwaitingApprovalIndex;
  store: Pick<SweepStore, 'reindex'>;
  search: ApprovalStatusSearch;
  /** CRs with steps begun and not all done; left out, nothing is resumed. */
  unfinished?: UnfinishedWorkIndex;
}

export interface ReconcileReport {
  /** The CRs Jira no longer has in an approval status, with what recording their decision did. */
  outcomes: Record<string, RecordOutcome>;
  /** Keys Jira refused even on their own (an issue deleted or no longer visible to the app): skipped. */
  unknown: string[];
  reindexed: string[];
  /** CRs whose unfinished steps were resumed (finish-unfinished-work.ts); absent when none are looked for. */
  resumed?: string[];
  failed: { issueKeys: string[]; error: unknown }[];
}

/** Keys per search: about 1.5 KB of JQL in the query string, well inside a URL. */
export const BATCH_SIZE = 100;

export async function reconcileDecisions(deps: ReconcileDeps): Promise<ReconcileReport> {
  const run = withGroupMemberMemo(deps);
  const report: ReconcileReport = { outcomes: {}, unknown: [], reindexed: [], failed: [] };
  // First, so a routing finished now is in its approval status before the search looks.
  const unfinished = deps.unfinished;
  if (unfinished !== undefined) {
    const resumed: UnfinishedReport = { resumed: [], failed: report.failed };
    report.resumed = resumed.resumed;
    await isolated(report, [], () => finishUnfinishedWork(run.app, unfinished, resumed));
  }
  const keys: string[] = [];
  const unindexed: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.index.page(cursor);
    keys.push(...page.issueKeys);
    unindexed.push(...page.unindexed);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  for (const issueKey of new Set(unindexed)) {
    await isolated(report, [issueKey], async () => {
      await deps.store.reindex(issueKey);
      report.reindexed.push(issueKey);
    });
  }
  const unique = [...new Set(keys)];
  for (let start = 0; start < unique.length; start += BATCH_SIZE) {
    const batch = unique.slice(start, start + BATCH_SIZE);
    await isolated(report, batch, async () => {
      for (const issueKey of await leftApproval(deps.search, batch, report.unknown)) {
        await isolated(report, [issueKey], async () => {
          report.outcomes[issueKey] = await recordDecisionIfFinal(run.app, issueKey);
        });
      }
    });
  }
  return report;
}

/** One CR's (or one batch's) failure is reported without stopping the others. */
async function isolated(report: ReconcileReport, issueKeys: string[], work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    report.failed.push({ issueKeys, error });
  }
}

/**
 * Jira's JQL validation answers 400 for the whole query when a `key in (...)` value names no issue the
 * caller can see ("An issue with key 'X' does not exist for field 'key'"; inferred, docs/platform-assumptions.md;
 * the local stand-in answers the same), so a deleted CR would hide the rest of its
 * batch: the batch is halved until the refused key stands alone, about 2·log2(BATCH_SIZE) extra searches
 * per such key.
 */
async function leftApproval(
  search: ApprovalStatusSearch,
  keys: string[],
  unknown: string[],
): Promise<string[]> {
  try {
    return await search.notInStatuses(keys, APPROVAL_STATUSES);
  } catch (error) {
    if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
    const [only] = keys;
    if (keys.length === 1 && only !== undefined) {
      unknown.push(only);
      return [];
    }
    const half = Math.ceil(keys.length / 2);
    return [
      ...(await leftApproval(search, keys.slice(0, half), unknown)),
      ...(await leftApproval(search, keys.slice(half), unknown)),
    ];
  }
}
