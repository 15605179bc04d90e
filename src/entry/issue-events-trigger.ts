/**
 * Product events are the backstop (they can arrive minutes late, forge-platform.md §2.5): a created issue
 * is routed if the portal path has not done it yet; a status change out of an approval status (JSM's own
 * approve/decline buttons) publishes the decision record. Both use cases are idempotent.
 */
import { z } from 'zod';
import { APPROVAL_STATUSES } from '../app/approval-statuses';
import { createPostImplementationReview } from '../app/emergency/create-post-implementation-review';
import { ensureRouted } from '../app/ensure-routed';
import { recordDecisionIfFinal } from '../app/record-decision';
import { appDeps } from './app-wiring';

const IssueEventSchema = z.looseObject({
  eventType: z.string(),
  issue: z.looseObject({ key: z.string() }),
  changelog: z
    .looseObject({
      items: z.array(
        z.looseObject({
          field: z.string(),
          fromString: z.string().nullable().optional(),
          toString: z.string().nullable().optional(),
        }),
      ),
    })
    .optional(),
});

export async function handler(event: unknown): Promise<void> {
  const parsed = IssueEventSchema.safeParse(event);
  if (!parsed.success)
    throw new Error(`Unexpected issue event shape: ${parsed.error.issues[0]?.message ?? ''}`);
  const { eventType, issue, changelog } = parsed.data;
  const deps = appDeps();
  if (eventType === 'avi:jira:created:issue') {
    await ensureRouted(deps, issue.key);
    return;
  }
  const leftApproval = (changelog?.items ?? []).some(
    (item) => item.field === 'status' && APPROVAL_STATUSES.includes(item.fromString ?? ''),
  );
  if (leftApproval) await recordDecisionIfFinal(deps, issue.key);
  // Issue 6: an emergency CR that reached Done gets its post-implementation review (idempotent).
  const reachedDone = (changelog?.items ?? []).some(
    (item) => item.field === 'status' && item.toString === DONE_STATUS,
  );
  if (reachedDone) await createPostImplementationReview(deps, issue.key);
}

/** The workflow's final "implemented" status (README, "Prepare the JSM project"). */
const DONE_STATUS = 'Done';
