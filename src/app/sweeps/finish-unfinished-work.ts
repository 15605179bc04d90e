/**
 * The hourly reconcile's share of resumable steps (docs/architecture.md, "Resumable steps"): every CR the
 * unfinished-work index lists (a key per CR, kept by the ledger's writes) has what is left done by the use
 * case that began it, under that use case's claim: routing (ensure-routed.ts), publishing a decision or the
 * break-glass record (lifecycle/publish-decision.ts), tying a post-implementation review to its CR. Each
 * such resume is counted; after MAX_RESUMES (lifecycle/resumable-steps.ts) the change managers are told
 * once what could not be done, and the reconcile leaves it. A tick with nothing unfinished reads one page
 * of KVS and makes no Jira call.
 */
import type { AppDeps } from '../app-deps';
import { resumeReview } from '../emergency/create-post-implementation-review';
import { ensureRouted } from '../ensure-routed';
import { resumePublishing } from '../lifecycle/publish-decision';
import type { UnfinishedWorkIndex } from '../ports/sweep-ports';

export interface UnfinishedReport {
  /** CRs whose unfinished steps a resume was started for (done or not: failures are in `failed`). */
  resumed: string[];
  failed: { issueKeys: string[]; error: unknown }[];
}

export async function finishUnfinishedWork(
  app: AppDeps,
  index: UnfinishedWorkIndex,
  report: UnfinishedReport,
): Promise<void> {
  let cursor: string | undefined;
  const keys: string[] = [];
  do {
    const page = await index.page(cursor);
    keys.push(...page.items.filter((item) => !item.givenUp).map((item) => item.issueKey));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  for (const issueKey of new Set(keys)) {
    try {
      await resumeUnfinished(app, issueKey);
      report.resumed.push(issueKey);
    } catch (error) {
      report.failed.push({ issueKeys: [issueKey], error });
    }
  }
}

/** Each part still open, in the order the CR went through them. */
async function resumeUnfinished(app: AppDeps, issueKey: string): Promise<void> {
  const entry = await app.ledger.get(issueKey);
  if (entry === undefined) return;
  if (entry.routingSteps !== undefined && entry.routingSteps.givenUpAt === undefined)
    await ensureRouted(app, issueKey, 'reconcile');
  if (entry.publishing !== undefined && entry.publishing.givenUpAt === undefined)
    await resumePublishing(app, issueKey, 'reconcile');
  if (entry.reviewSteps !== undefined && entry.reviewSteps.givenUpAt === undefined)
    await resumeReview(app, issueKey, 'reconcile');
}
