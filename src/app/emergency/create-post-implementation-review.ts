/**
 * When an emergency CR is done, a post-implementation review (PIR) issue is created in the
 * same project, with the policy's checklist, and tied to the CR. The JSM stand-in has no issue links, so
 * the tie is an issue property on both issues plus an internal comment on the CR naming the PIR (README).
 * Once per CR: the ledger remembers the PIR and a claim keeps duplicate events from racing. Tying the two
 * together is three steps noted on the ledger with the PIR (`reviewSteps`, lifecycle/resumable-steps.ts) and
 * taken off one by one, so the next event or the hourly reconcile finishes them and comments once. The one
 * window left: the invocation dying between creating the PIR issue and noting it, which a retry cannot see,
 * creates a second PIR.
 */
import {
  bulletList,
  formatDisplayTime,
  heading,
  link,
  paragraph,
  text,
  type AdfDocument,
} from '../../domain/decision-record';
import { transition } from '../../domain/lifecycle';
import type { AppDeps } from '../app-deps';
import { lifecycleOf } from '../lifecycle/lifecycle-of';
import {
  beginSteps,
  blockText,
  countResume,
  postCommentOnce,
  runSteps,
  type ResumedBy,
} from '../lifecycle/resumable-steps';
import type { LedgerEntry, ReviewStep, UnfinishedSteps } from '../ports/store-ports';

/** Issue property tying a PIR and its CR together (read by people's JQL: `issue.property[...]`). */
export const PIR_PROPERTY_KEY = 'async-cab-pir';

export type PirOutcome = 'created' | 'exists' | 'not-emergency' | 'not-required' | 'busy' | 'unavailable';

export async function createPostImplementationReview(deps: AppDeps, issueKey: string): Promise<PirOutcome> {
  const entry = await deps.ledger.get(issueKey);
  if (entry?.changeRequest?.changeType !== 'emergency') return 'not-emergency';
  if (entry.reviewSteps !== undefined) {
    const resumed = await resumeReview(deps, issueKey, 'next-call');
    return resumed === 'busy' || resumed === 'unavailable' ? resumed : 'exists';
  }
  if (!transition(lifecycleOf(entry), { kind: 'close-with-review', emergency: true }, deps.clock.now()).ok)
    return 'exists';
  if (deps.emergency === undefined) return 'unavailable';
  const { policy } = await deps.policies.get();
  const review = policy.changeTypes.emergency.postImplementationReview;
  if (!review.required) return 'not-required';
  if (!(await deps.ledger.claim('pir', issueKey))) return 'busy';
  try {
    const again = await deps.ledger.get(issueKey);
    if (
      again === undefined ||
      !transition(lifecycleOf(again), { kind: 'close-with-review', emergency: true }, deps.clock.now()).ok
    )
      return 'exists';
    const summary = `Post-implementation review: ${issueKey} ${again.changeRequest?.summary ?? ''}`.trim();
    const pirKey = await deps.emergency.createIssueBeside(
      issueKey,
      summary.slice(0, 254),
      pirDescription(again, review.checklist),
    );
    const now = deps.clock.now();
    // The ledger first: if a later step fails, a redelivered event must not create a second PIR.
    const created: LedgerEntry = {
      ...again,
      postImplementationReview: {
        issueKey: pirKey,
        createdAt: now.toISOString(),
        linkedBy: 'issue-property-and-comment',
      },
      reviewSteps: beginSteps(
        ['tie-review-to-change', 'tie-change-to-review', 'comment-review-created'],
        now,
      ),
    };
    await deps.ledger.put(created);
    await finishReview(deps, created, false);
    return 'created';
  } finally {
    await deps.ledger.release('pir', issueKey);
  }
}

/** Finishes tying a created PIR to its CR, under the 'pir' claim (the next event, the hourly reconcile). */
export async function resumeReview(
  deps: AppDeps,
  issueKey: string,
  resumedBy: ResumedBy,
): Promise<'finished' | 'nothing-left' | 'given-up' | 'busy' | 'unavailable'> {
  if (deps.emergency === undefined) return 'unavailable';
  if (!(await deps.ledger.claim('pir', issueKey))) return 'busy';
  try {
    let entry = await deps.ledger.get(issueKey);
    if (entry?.reviewSteps === undefined) return 'nothing-left';
    if (resumedBy === 'reconcile') {
      const counted = await countResume(
        deps,
        entry,
        entry.reviewSteps,
        'tying the post-implementation review to its change',
        withReviewSteps,
      );
      if (counted === null) return 'given-up';
      entry = counted.entry;
    }
    await finishReview(deps, entry, true);
    return 'finished';
  } finally {
    await deps.ledger.release('pir', issueKey);
  }
}

function withReviewSteps(entry: LedgerEntry, steps: UnfinishedSteps<ReviewStep> | undefined): LedgerEntry {
  const { reviewSteps: _done, ...rest } = entry;
  return steps === undefined ? rest : { ...rest, reviewSteps: steps };
}

async function finishReview(deps: AppDeps, entry: LedgerEntry, resuming: boolean): Promise<LedgerEntry> {
  const steps = entry.reviewSteps;
  const pir = entry.postImplementationReview;
  const emergency = deps.emergency;
  if (steps === undefined || pir === undefined) return entry;
  if (emergency === undefined) throw new Error('The emergency ports are not wired.');
  const pirUrl = entry.issueUrl.replace(/[^/]+$/, pir.issueKey);
  const created = paragraph(
    text('Post-implementation review created: '),
    link(pir.issueKey, pirUrl),
    text('. Please complete its checklist.'),
  );
  return runSteps(deps, entry, steps, withReviewSteps, async (step, current) => {
    switch (step) {
      case 'tie-review-to-change':
        await emergency.setIssueProperty(pir.issueKey, PIR_PROPERTY_KEY, { changeRequest: current.issueKey });
        return current;
      case 'tie-change-to-review':
        await emergency.setIssueProperty(current.issueKey, PIR_PROPERTY_KEY, { review: pir.issueKey });
        return current;
      case 'comment-review-created':
        await postCommentOnce(
          deps,
          current.issueKey,
          { type: 'doc', version: 1, content: [created] },
          [blockText(created)],
          resuming,
        );
        return current;
    }
  });
}

function pirDescription(entry: LedgerEntry, checklist: readonly string[]): AdfDocument {
  const breakGlass = entry.breakGlass;
  return {
    type: 'doc',
    version: 1,
    content: [
      paragraph(
        text('Review of the emergency change '),
        link(entry.issueKey, entry.issueUrl),
        text(`: ${entry.changeRequest?.summary ?? ''}`),
      ),
      ...(breakGlass === undefined
        ? []
        : [
            paragraph(
              text(
                `Implemented before approval by ${breakGlass.byName} on ${formatDisplayTime(breakGlass.at, entry.routing?.groups[0]?.timeZone ?? 'UTC')}. Reason: ${breakGlass.reason}`,
              ),
            ),
          ]),
      heading(3, 'Checklist'),
      bulletList(checklist.map((item) => text(item))),
    ],
  };
}
