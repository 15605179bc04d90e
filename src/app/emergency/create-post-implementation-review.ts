/**
 * When an emergency CR is done, a post-implementation review (PIR) issue is created in the
 * same project, with the policy's checklist, and tied to the CR. The JSM stand-in has no issue links, so
 * the tie is an issue property on both issues plus an internal comment on the CR naming the PIR (README).
 * Once per CR: the ledger remembers the PIR and a claim keeps duplicate events from racing.
 */
import { bulletList, heading, link, paragraph, text, type AdfDocument } from '../../domain/decision-record';
import { transition } from '../../domain/lifecycle';
import type { AppDeps } from '../app-deps';
import { lifecycleOf } from '../lifecycle/lifecycle-of';
import type { LedgerEntry } from '../ports/store-ports';

/** Issue property tying a PIR and its CR together (read by people's JQL: `issue.property[...]`). */
export const PIR_PROPERTY_KEY = 'async-cab-pir';

export type PirOutcome = 'created' | 'exists' | 'not-emergency' | 'not-required' | 'busy' | 'unavailable';

export async function createPostImplementationReview(deps: AppDeps, issueKey: string): Promise<PirOutcome> {
  const entry = await deps.ledger.get(issueKey);
  if (entry?.changeRequest?.changeType !== 'emergency') return 'not-emergency';
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
    const now = deps.clock.now().toISOString();
    // The ledger first: if a later step fails, a redelivered event must not create a second PIR.
    await deps.ledger.put({
      ...again,
      postImplementationReview: { issueKey: pirKey, createdAt: now, linkedBy: 'issue-property-and-comment' },
    });
    await deps.emergency.setIssueProperty(pirKey, PIR_PROPERTY_KEY, { changeRequest: issueKey });
    await deps.emergency.setIssueProperty(issueKey, PIR_PROPERTY_KEY, { review: pirKey });
    const pirUrl = again.issueUrl.replace(/[^/]+$/, pirKey);
    await deps.jira.addInternalComment(issueKey, {
      type: 'doc',
      version: 1,
      content: [
        paragraph(
          text('Post-implementation review created: '),
          link(pirKey, pirUrl),
          text('. Please complete its checklist.'),
        ),
      ],
    });
    return 'created';
  } finally {
    await deps.ledger.release('pir', issueKey);
  }
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
                `Implemented before approval by ${breakGlass.byName} at ${breakGlass.at}. Reason: ${breakGlass.reason}`,
              ),
            ),
          ]),
      heading(3, 'Checklist'),
      bulletList(checklist.map((item) => text(item))),
    ],
  };
}
