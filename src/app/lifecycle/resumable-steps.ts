/**
 * What the resumable use cases share (docs/architecture.md, "Resumable steps"): routing, publishing a decision
 * or the break-glass record, and tying a post-implementation review to its CR each write their steps on the
 * ledger entry before the first step people would see twice, then take each one off as it is done, one
 * ledger write per step. A later call (the use case's own, or the hourly reconcile) does only what is left.
 *
 * What stays possible: an email (Jira notify) sent just before the invocation dies, before its step is taken
 * off, is sent again by the resume; Jira notify has nothing to recognise it by. A comment is looked for
 * before it is posted again (`postCommentOnce`), so a comment is never doubled this way.
 */
import type { AdfBlock, AdfDocument } from '../../domain/decision-record';
import type { AppDeps } from '../app-deps';
import type {
  LedgerEntry,
  PublishingStep,
  ReviewStep,
  RoutingStep,
  UnfinishedSteps,
} from '../ports/store-ports';

/** Resumes the hourly reconcile makes before it tells the change managers and leaves the steps alone. */
export const MAX_RESUMES = 3;

/** Who resumes: the use case's next call is never counted; the reconcile's tries are. */
export type ResumedBy = 'next-call' | 'reconcile';

export function beginSteps<S extends string>(pending: S[], now: Date): UnfinishedSteps<S> {
  return { pending, startedAt: now.toISOString(), resumes: 0 };
}

/**
 * A step's outcome: the entry with what the step changed, or 'keep' when it could not be done now without
 * failing the use case (the commit status: GitHub never blocks a CR), so it stays for a resume.
 */
export type StepResult = LedgerEntry | 'keep';

/**
 * Performs the pending steps in order, writing the entry after each one with that step taken off (the field
 * gone with the last). A step that throws stops the run: its error is noted on the entry for the change
 * managers, and rethrown.
 */
export async function runSteps<T extends UnfinishedSteps<string>>(
  deps: AppDeps,
  entry: LedgerEntry,
  steps: T,
  put: (entry: LedgerEntry, steps: T | undefined) => LedgerEntry,
  perform: (step: T['pending'][number], entry: LedgerEntry) => Promise<StepResult>,
): Promise<LedgerEntry> {
  let current = entry;
  let left: T = steps;
  for (const step of steps.pending) {
    let result: StepResult;
    try {
      result = await perform(step, current);
    } catch (error) {
      await noteFailure(deps, put(current, { ...left, lastError: describeError(error) }));
      throw error;
    }
    if (result === 'keep') continue;
    const pending = left.pending.filter((candidate) => candidate !== step);
    left = { ...left, pending };
    current = put(result, pending.length === 0 ? undefined : left);
    await deps.ledger.put(current);
  }
  return current;
}

/** Best effort: the step's own error is the one that matters, so a failure to note it only goes to the log. */
async function noteFailure(deps: AppDeps, entry: LedgerEntry): Promise<void> {
  try {
    await deps.ledger.put(entry);
  } catch (error) {
    console.warn(`Async CAB: could not note the failed step of ${entry.issueKey}: ${String(error)}`);
  }
}

export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 500 ? `${message.slice(0, 500)}…` : message;
}

/**
 * Posts an internal comment. On a resume only, first looks for one whose text holds `markers` (the first
 * attempt may have posted it and died before its step was taken off, or Jira may have applied a POST that
 * answered 5xx, which is never retried: docs/platform-assumptions.md, "Retries of non-idempotent writes").
 * A first attempt never reads, so the normal path costs no Jira call more.
 */
export async function postCommentOnce(
  deps: AppDeps,
  issueKey: string,
  body: AdfDocument,
  markers: readonly string[],
  resuming: boolean,
): Promise<string> {
  if (resuming && markers.length > 0) {
    const found = await deps.jira.findComment(issueKey, markers);
    if (found !== null) return found;
  }
  return deps.jira.addInternalComment(issueKey, body);
}

/**
 * What recognises a record the app wrote: its heading (the CR's key and what was decided, e.g. "Change
 * CHG-7 approved") and its last line ("Recorded by Async CAB on <decision time>."). A CR is decided once,
 * so the pair is its record's alone.
 */
export function recordMarkers(record: AdfDocument): string[] {
  const texts = record.content
    .filter((block) => block.type === 'heading' || block.type === 'paragraph')
    .map(blockText)
    .filter((text) => text.trim() !== '');
  return [...new Set([texts[0], texts[texts.length - 1]].filter((text) => text !== undefined))];
}

/** A heading's or paragraph's text as Jira's plain text of it reads (inline texts one after the other). */
export function blockText(block: AdfBlock): string {
  if (block.type !== 'heading' && block.type !== 'paragraph') return '';
  return block.content.map((inline) => (inline.type === 'text' ? inline.text : '\n')).join('');
}

/**
 * Lets the linked PR's commit status follow the CR: true when it is scheduled (or there is nothing to
 * schedule); false, logged, when scheduling failed, so the step stays for a resume and GitHub never fails
 * or blocks the CR itself.
 */
export async function scheduleCommitStatus(deps: AppDeps, entry: LedgerEntry): Promise<boolean> {
  const pullRequest = entry.changeRequest?.linkedPullRequest;
  if (deps.pullRequestStatus === undefined || pullRequest === undefined) return true;
  try {
    await deps.pullRequestStatus.changed({ repository: pullRequest.repository, number: pullRequest.number });
    return true;
  } catch (error) {
    console.warn(`Could not schedule the GitHub status for ${entry.issueKey}: ${String(error)}`);
    return false;
  }
}

/**
 * Under the use case's claim, before a reconcile's resume: counts it on the entry, or, once MAX_RESUMES
 * have not finished the steps, tells the change managers once what is left and marks the steps given up
 * (null: do nothing now). The use case's own next call still finishes given-up steps.
 */
export async function countResume<T extends UnfinishedSteps<string>>(
  deps: AppDeps,
  entry: LedgerEntry,
  steps: T,
  what: string,
  put: (entry: LedgerEntry, steps: T) => LedgerEntry,
): Promise<{ entry: LedgerEntry; steps: T } | null> {
  if (steps.givenUpAt !== undefined) return null;
  if (steps.resumes >= MAX_RESUMES) {
    await tellChangeManagers(deps, entry, what, steps);
    await deps.ledger.put(put(entry, { ...steps, givenUpAt: deps.clock.now().toISOString() }));
    return null;
  }
  const counted: T = { ...steps, resumes: steps.resumes + 1 };
  const next = put(entry, counted);
  await deps.ledger.put(next);
  return { entry: next, steps: counted };
}

const STEP_WORDS: Readonly<Record<string, string>> = {
  'set-approver-groups': "set JSM's Approver groups field",
  'set-change-type': 'set the change type to emergency',
  'transition-issue': 'move the issue into its approval status',
  'notify-approvers': 'email the approvers',
  'post-to-channel': 'post to the team channel',
  'set-commit-status': "set the pull request's commit status",
  'comment-routing-problem': 'comment why it cannot be routed',
  'publish-decision-record': 'post the decision record comment',
  'clear-overdue-flag': 'clear the overdue flag',
  'tell-requester-outcome': 'email the requester the outcome',
  'tie-review-to-change': 'tie the review issue to the change (issue property)',
  'tie-change-to-review': 'tie the change to its review (issue property)',
  'comment-review-created': 'comment that the review was created',
} satisfies Record<RoutingStep | PublishingStep | ReviewStep, string>;

const stepWords = (step: string) => STEP_WORDS[step] ?? step;

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The change managers of the CR (its escalation group, src/app/change-managers.ts) by email; the team
 * channel when the policy names no escalation group.
 */
async function tellChangeManagers(
  deps: AppDeps,
  entry: LedgerEntry,
  what: string,
  steps: UnfinishedSteps<string>,
): Promise<void> {
  const lines = [
    `Async CAB could not finish ${what} for ${entry.issueKey} (${entry.changeRequest?.summary ?? ''}) after ${String(steps.resumes)} more tries since ${steps.startedAt}.`,
    `Not done: ${steps.pending.map(stepWords).join('; ')}.`,
    `Last error: ${steps.lastError ?? 'none was recorded'}.`,
    'Please do these by hand, or fix the cause; the hourly reconcile stops trying.',
    `Open it: ${entry.issueUrl}`,
  ];
  const groupId = entry.routing?.escalation.groupId ?? '';
  if (groupId === '') {
    await deps.chat.post({ text: lines.join(' '), urgent: true, issueKey: entry.issueKey });
    return;
  }
  await deps.jira.notify(entry.issueKey, {
    subject: `[ACTION NEEDED] Async CAB could not finish ${what} for ${entry.issueKey}`,
    textBody: lines.join('\n'),
    htmlBody: lines.map((line) => `<p>${escape(line)}</p>`).join(''),
    groupIds: [groupId],
    accountIds: [],
  });
}
