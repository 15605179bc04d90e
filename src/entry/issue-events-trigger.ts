/**
 * Product events (they can arrive minutes late, docs/platform-assumptions.md): a created issue is routed if it is
 * a change request, whatever channel raised it (portal, agent create, REST, email, automation); an edit of a
 * CAB field or of the request type routes a change request that was waiting for answers; a status change out
 * of an approval status (JSM's own approve/decline buttons) publishes the decision record. All idempotent.
 */
import { z } from 'zod';
import { APPROVAL_STATUSES } from '../app/approval-statuses';
import { createPostImplementationReview } from '../app/emergency/create-post-implementation-review';
import { ensureRouted } from '../app/ensure-routed';
import { APPROVED_STATUSES, noticeUnexplainedMove } from '../app/notice-unexplained-move';
import { recordDecisionIfFinal } from '../app/record-decision';
import { CAB_FIELD_LABELS } from '../shared/cab-fields';
import { appDeps } from './app-wiring';

const IssueEventSchema = z.looseObject({
  eventType: z.string(),
  /** The account that made the change (docs/platform-assumptions.md, `atlassianId?`). */
  atlassianId: z.string().optional(),
  issue: z.looseObject({ key: z.string() }),
  changelog: z
    .looseObject({
      items: z.array(
        z.looseObject({
          field: z.string(),
          fieldId: z.string().optional(),
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
  const { eventType, issue, changelog, atlassianId } = parsed.data;
  const deps = appDeps();
  if (eventType === 'avi:jira:created:issue') {
    await ensureRouted(deps, issue.key);
    return;
  }
  const items = changelog?.items ?? [];
  if (items.some(mayCompleteAnswers)) await ensureRouted(deps, issue.key);
  const leftApproval = items.find(
    (item) => item.field === 'status' && APPROVAL_STATUSES.includes(item.fromString ?? ''),
  );
  if (leftApproval !== undefined) {
    const recorded = await recordDecisionIfFinal(deps, issue.key);
    // JSM's approval did not decide it, and the app's own moves never reach here (ignoreSelf).
    if (recorded === 'not-final' && APPROVED_STATUSES.includes(leftApproval.toString ?? '')) {
      await noticeUnexplainedMove(deps, issue.key, {
        from: leftApproval.fromString ?? '',
        to: leftApproval.toString ?? '',
        byAccountId: atlassianId ?? null,
      });
    }
  }
  // An emergency CR that reached Done gets its post-implementation review (idempotent).
  const reachedDone = items.some((item) => item.field === 'status' && item.toString === DONE_STATUS);
  if (reachedDone) await createPostImplementationReview(deps, issue.key);
}

/**
 * A change that can complete a CR's answers: one of the CAB fields (changelog items name custom fields by
 * their name) or the request type. Anything else is not news for routing, so no Jira call is made for it.
 */
const ROUTING_FIELDS = new Set([
  ...Object.values(CAB_FIELD_LABELS),
  'Request Type',
  'Customer Request Type',
  'summary',
]);
const mayCompleteAnswers = (item: { field: string }) => ROUTING_FIELDS.has(item.field);

/** The workflow's final "implemented" status (README, "Prepare the JSM project"). */
const DONE_STATUS = 'Done';
