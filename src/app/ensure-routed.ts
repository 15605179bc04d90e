/**
 * Routes a change request once (docs/architecture.md, flow 2): evaluate the policy, write the Approver groups field,
 * move the issue into its approval status so JSM's own approval starts with the right approvers, notify
 * them, and record it all on the ledger. Whatever channel raised the request (portal, agent create, REST,
 * email, automation), its CAB answers are its custom fields; a request of a change request type (policy)
 * whose answers are missing or invalid waits for answers, its requester told exactly what is missing, and
 * is routed by the next call once they are complete. Requests of other types are never touched.
 * Called from the portal and panel views, the answer form and the issue events; safe to call any number
 * of times and concurrently: a routing claim lets one invocation work, and every step checks what is done.
 * Routing's steps are written on the ledger entry before the first of them and taken off one by one
 * (lifecycle/resumable-steps.ts): a call that finds steps left does only those, so a retry after a failure
 * part-way never emails the approvers or posts to the channel a second time.
 */
import { type AnswerProblem, type ChangeRequest } from '../domain/change-request';
import { paragraph, bulletList, text, heading } from '../domain/decision-record';
import { changeRequestKindOf, isUnconfigured, type ChangeRequestKind, type Policy } from '../domain/policy';
import { routeChangeRequest, type RoutingResult } from '../domain/routing';
import type { AppDeps } from './app-deps';
import { answersNeededEmail } from './answers-needed-message';
import { approvalStatusFor, WAITING_FOR_ANSWERS_STATUS } from './approval-statuses';
import type { IssueSnapshot, JiraPerson } from './ports/jira-port';
import { forceEmergencyForRequestType } from './emergency/force-emergency-type';
import { emergencyApprovers, pageInChat, pageByEmail } from './emergency/page-emergency-approvers';
import {
  beginSteps,
  blockText,
  countResume,
  postCommentOnce,
  runSteps,
  scheduleCommitStatus,
  type ResumedBy,
} from './lifecycle/resumable-steps';
import type { LedgerEntry, RoutingStep, UnfinishedSteps } from './ports/store-ports';
import { approvalRequestChat, approvalRequestEmail } from './route-messages';
import { windowFlagLinesForApprovers } from './window-flags-for-approvers';
import { reviewIssueAnswers } from './answers/review-issue-answers';
import { portalLinkOf } from './portal-link';

export type RouteOutcome =
  | { kind: 'already-routed'; entry: LedgerEntry }
  | { kind: 'routed'; entry: LedgerEntry }
  | { kind: 'needs-attention'; entry: LedgerEntry }
  | { kind: 'waiting-for-answers'; entry: LedgerEntry }
  | { kind: 'busy' }
  /** Drafted from a pull request: waits until the developer completes and submits it (docs/architecture.md, flow 4). */
  | { kind: 'draft' }
  | { kind: 'not-found' }
  | { kind: 'not-a-change-request' };

/** Routing's steps before JSM's approval is open with the routed groups. */
const IN_JIRA: readonly RoutingStep[] = ['set-approver-groups', 'set-change-type', 'transition-issue'];

/**
 * A ledger entry that no longer needs routing: anything but waiting for answers, once routing's Jira steps
 * are done (the CR is in its approval status). An email, channel line or commit status still left does not
 * make a view route again (a failing channel must not fail the panel): the next issue event's ensureRouted
 * or the hourly reconcile finishes them.
 */
export const isRouted = (entry: LedgerEntry | undefined): entry is LedgerEntry =>
  entry !== undefined &&
  entry.status !== 'waiting-for-answers' &&
  !(entry.routingSteps?.pending.some((step) => IN_JIRA.includes(step)) ?? false);

export async function ensureRouted(
  deps: AppDeps,
  issueKey: string,
  resumedBy: ResumedBy = 'next-call',
): Promise<RouteOutcome> {
  const existing = await deps.ledger.get(issueKey);
  if (isRouted(existing) && existing.routingSteps === undefined)
    return { kind: 'already-routed', entry: existing };
  if (!(await deps.ledger.claim('routing', issueKey))) return { kind: 'busy' };
  try {
    let again = await deps.ledger.get(issueKey);
    if (again?.routingSteps !== undefined) {
      const resumed = await resumeRouting(deps, again, again.routingSteps, resumedBy);
      if (resumed !== null) return resumed;
      again = await deps.ledger.get(issueKey);
    }
    if (isRouted(again)) return { kind: 'already-routed', entry: again };
    const issue = await deps.jira.getIssue(issueKey);
    if (issue === null) return { kind: 'not-found' };
    const { policy } = await deps.policies.get();
    const kind = changeRequestKindOf(policy.changeRequestTypes, issue.requestType);
    if (kind === null) return { kind: 'not-a-change-request' };
    if (issue.draft !== undefined) return { kind: 'draft' };
    if (isUnconfigured(policy)) {
      return await needsAttention(deps, issue, null, null, [NOT_SET_UP], deps.clock.now());
    }
    const review = reviewIssueAnswers(policy, issue);
    if (!review.complete) return await waitForAnswers(deps, issue, review.problems, again);
    return await route(deps, policy, issue, review.changeRequest, kind);
  } finally {
    await deps.ledger.release('routing', issueKey);
  }
}

/**
 * Holds a change request until its answers are complete: the requester is emailed the list once per new
 * problem (a second look at the same answers sends nothing), and the issue moves to "Waiting for answers"
 * where the workflow has that status.
 */
async function waitForAnswers(
  deps: AppDeps,
  issue: IssueSnapshot,
  problems: AnswerProblem[],
  previous: LedgerEntry | undefined,
): Promise<RouteOutcome> {
  const now = deps.clock.now();
  const told = new Set((previous?.answerProblems ?? []).map(problemKey));
  const news = problems.filter((problem) => !told.has(problemKey(problem)));
  const requester = issue.reporter?.accountId;
  let notifiedAt = previous?.notifiedAt ?? null;
  if (news.length > 0 && requester !== undefined) {
    await deps.jira.notify(issue.key, answersNeededEmail(issue, requester, problems, portalLinkOf(issue)));
    notifiedAt = now.toISOString();
  }
  const entry: LedgerEntry = {
    issueKey: issue.key,
    issueUrl: issue.browseUrl,
    portalUrl: portalLinkOf(issue),
    ...requesterNameOf(issue),
    status: 'waiting-for-answers',
    changeRequest: null,
    routing: null,
    problems: problems.map((problem) => `${problem.label}: ${problem.message}`),
    answerProblems: problems,
    routedAt: previous?.routedAt ?? now.toISOString(),
    deadlineAt: now.getTime(),
    decision: null,
    notifiedAt,
  };
  // Noted before the move, so a failure there never emails the same problems again (the move is retried).
  await deps.ledger.put(entry);
  await deps.jira.transitionTo(issue, WAITING_FOR_ANSWERS_STATUS);
  return { kind: 'waiting-for-answers', entry };
}

const NOT_SET_UP =
  'Async CAB is not set up yet: the policy has no systems. A Jira admin adds the first system and its approver groups on the admin page (Apps > Async CAB), then a change manager routes this request again.';

const problemKey = (problem: AnswerProblem) => `${problem.field}|${problem.kind}|${problem.message}`;

async function route(
  deps: AppDeps,
  policy: Policy,
  issue: IssueSnapshot,
  answered: ChangeRequest,
  kind: ChangeRequestKind,
): Promise<RouteOutcome> {
  const now = deps.clock.now();
  const forced = forceEmergencyForRequestType(kind, issue.requestType?.name ?? '', answered);
  const cr = forced.cr;
  const routing = routeChangeRequest(policy, cr, now);
  if (routing.status === 'needs-attention') {
    return needsAttention(
      deps,
      issue,
      cr,
      routing,
      routing.problems.map((problem) => problem.message),
      now,
    );
  }
  const entry: LedgerEntry = {
    issueKey: issue.key,
    issueUrl: issue.browseUrl,
    portalUrl: portalLinkOf(issue),
    ...requesterNameOf(issue),
    status: 'awaiting-approval',
    changeRequest: cr,
    routing,
    problems: [],
    routedAt: now.toISOString(),
    deadlineAt: Date.parse(routing.deadline),
    decision: null,
    notifiedAt: null,
    ...(forced.override === null ? {} : { changeTypeOverride: forced.override }),
    routingSteps: beginSteps(
      [
        'set-approver-groups',
        ...(forced.override === null ? [] : (['set-change-type'] as const)),
        'transition-issue',
        'notify-approvers',
        'post-to-channel',
        'set-commit-status',
      ],
      now,
    ),
  };
  // The steps are on the ledger before the first of them: from here on a retry only finishes them.
  await deps.ledger.put(entry);
  return finishRouting(deps, entry, issue, false);
}

/**
 * A call that finds routing's steps left: under the routing claim, does only those. Steps a later change
 * made moot are dropped (a decision was made meanwhile: it sets the commit status itself; the CR was sent
 * back to its answers). Null when nothing is left to resume, so routing goes on as for a new CR.
 */
async function resumeRouting(
  deps: AppDeps,
  entry: LedgerEntry,
  steps: UnfinishedSteps<RoutingStep>,
  resumedBy: ResumedBy,
): Promise<RouteOutcome | null> {
  const wanted = steps.pending.filter((step) => stillWanted(entry, step));
  if (wanted.length === 0) {
    await deps.ledger.put(withRoutingSteps(entry, undefined));
    return null;
  }
  let current = withRoutingSteps(entry, { ...steps, pending: wanted });
  if (resumedBy === 'reconcile') {
    const counted = await countResume(
      deps,
      current,
      { ...steps, pending: wanted },
      'routing',
      withRoutingSteps,
    );
    if (counted === null) return { kind: 'busy' };
    current = counted.entry;
  }
  return finishRouting(deps, current, null, true);
}

function stillWanted(entry: LedgerEntry, step: RoutingStep): boolean {
  if (entry.decision !== null) return false;
  switch (entry.status) {
    case 'needs-attention':
      return step === 'comment-routing-problem';
    case 'awaiting-approval':
      return step !== 'comment-routing-problem';
    case 'implemented-before-approval':
      // Implemented already (break-glass moved it on): the ECAB must still hear of it and answer.
      return step === 'notify-approvers' || step === 'post-to-channel' || step === 'set-commit-status';
    default:
      return false;
  }
}

function withRoutingSteps(entry: LedgerEntry, steps: UnfinishedSteps<RoutingStep> | undefined): LedgerEntry {
  const { routingSteps: _done, ...rest } = entry;
  return steps === undefined ? rest : { ...rest, routingSteps: steps };
}

/** The workflow has no way into the approval status: the CR needs attention instead. */
class RoutingBlocked extends Error {}

/**
 * Performs routing's pending steps in order (the entry is written after each): the Approver groups field,
 * the forced change type, the move into the approval status, the approvers' email (every ECAB member's, for
 * an emergency), the channel, the commit status. `issue` is the snapshot the first attempt read; a resume
 * reads the issue only if a step needs it.
 */
async function finishRouting(
  deps: AppDeps,
  entry: LedgerEntry,
  issue: IssueSnapshot | null,
  resuming: boolean,
): Promise<RouteOutcome> {
  const steps = entry.routingSteps;
  if (steps === undefined) return outcomeOf(entry);
  let snapshot = issue;
  const issueNow = async (): Promise<IssueSnapshot> => {
    snapshot ??= await deps.jira.getIssue(entry.issueKey);
    if (snapshot === null) throw new Error(`${entry.issueKey} disappeared while it was being routed.`);
    return snapshot;
  };
  let paged: Promise<JiraPerson[]> | undefined;
  try {
    const done = await runSteps(deps, entry, steps, withRoutingSteps, async (step, current) => {
      if (step === 'comment-routing-problem') {
        await postCommentOnce(
          deps,
          current.issueKey,
          routingProblemComment(current.problems),
          routingProblemMarkers(current.problems),
          resuming,
        );
        return current;
      }
      const cr = current.changeRequest;
      const routing = current.routing;
      if (cr === null || routing === null) throw new Error(`${current.issueKey} has no routing to finish.`);
      const approvers = () => (paged ??= emergencyApprovers(deps, routing, cr.requester.accountId));
      switch (step) {
        case 'set-approver-groups':
          await deps.jira.setApproverGroups(
            current.issueKey,
            routing.groups.map((group) => group.groupId),
          );
          return current;
        case 'set-change-type':
          // The change type field says what the CR is routed as (the audit keeps the original answer).
          await deps.jira.setCabFields(await issueNow(), { changeType: 'emergency' });
          return current;
        case 'transition-issue': {
          const latest = await issueNow();
          const moved = await deps.jira.transitionTo(latest, approvalStatusFor(cr.changeType));
          if (moved === 'unavailable') {
            throw new RoutingBlocked(
              `The issue cannot move from "${latest.status.name}" to "${approvalStatusFor(cr.changeType)}": check the workflow (see the admin page's setup check).`,
            );
          }
          return current;
        }
        case 'notify-approvers': {
          // The email names the systems as the policy does now (a resume may run after an edit).
          const { policy } = await deps.policies.get();
          const flagLines = await windowFlagLinesForApprovers(deps, current.issueKey, cr);
          // Every emergency approver is paged at once (an email to each); others by their groups.
          if (cr.changeType === 'emergency') {
            await pageByEmail(
              deps,
              current.issueKey,
              cr,
              routing,
              current.issueUrl,
              await approvers(),
              policy,
              flagLines,
            );
          } else {
            await deps.jira.notify(
              current.issueKey,
              approvalRequestEmail(current.issueKey, cr, routing, current.issueUrl, policy, flagLines),
            );
          }
          return { ...current, notifiedAt: deps.clock.now().toISOString() };
        }
        case 'post-to-channel':
          if (cr.changeType === 'emergency') {
            await pageInChat(deps, current.issueKey, cr, routing, current.issueUrl, await approvers());
          } else {
            await deps.chat.post({
              text: approvalRequestChat(
                current.issueKey,
                cr,
                routing,
                current.issueUrl,
                await windowFlagLinesForApprovers(deps, current.issueKey, cr),
              ),
              urgent: false,
              issueKey: current.issueKey,
            });
          }
          return current;
        case 'set-commit-status':
          return (await scheduleCommitStatus(deps, current)) ? current : 'keep';
      }
    });
    return outcomeOf(done);
  } catch (error) {
    if (!(error instanceof RoutingBlocked)) throw error;
    const latest = (await deps.ledger.get(entry.issueKey)) ?? entry;
    return needsAttention(
      deps,
      await issueNow(),
      latest.changeRequest,
      latest.routing,
      [error.message],
      deps.clock.now(),
    );
  }
}

function outcomeOf(entry: LedgerEntry): RouteOutcome {
  return entry.status === 'needs-attention' ? { kind: 'needs-attention', entry } : { kind: 'routed', entry };
}

/** Nobody would be asked to approve: say why on the issue (internal) and wait for the change manager. */
async function needsAttention(
  deps: AppDeps,
  issue: IssueSnapshot,
  cr: ChangeRequest | null,
  routing: RoutingResult | null,
  problems: string[],
  now: Date,
): Promise<RouteOutcome> {
  const entry: LedgerEntry = {
    issueKey: issue.key,
    issueUrl: issue.browseUrl,
    portalUrl: portalLinkOf(issue),
    ...requesterNameOf(issue),
    status: 'needs-attention',
    changeRequest: cr,
    routing,
    problems,
    routedAt: now.toISOString(),
    deadlineAt: now.getTime(),
    decision: null,
    notifiedAt: null,
    routingSteps: beginSteps(['comment-routing-problem'], now),
  };
  await deps.ledger.put(entry);
  return finishRouting(deps, entry, issue, false);
}

const ROUTING_PROBLEM_HEADING = 'Async CAB could not route this change request';

function routingProblemComment(problems: readonly string[]) {
  return {
    type: 'doc' as const,
    version: 1 as const,
    content: [
      heading(3, ROUTING_PROBLEM_HEADING),
      paragraph(
        text(
          'Nobody has been asked to approve it yet. A change manager needs to fix the following, then route it again:',
        ),
      ),
      bulletList(problems.map((problem) => text(problem))),
    ],
  };
}

/** Its heading and each problem's text (as the list item's paragraph reads). */
function routingProblemMarkers(problems: readonly string[]): string[] {
  return [
    ROUTING_PROBLEM_HEADING,
    ...problems.map((problem) => blockText(paragraph(text(problem)))).filter((line) => line !== ''),
  ];
}

/** The reporter's name, kept on the ledger so the board names the requester without a Jira call per row. */
function requesterNameOf(issue: IssueSnapshot): { requesterName?: string } {
  const name = issue.reporter?.displayName;
  return name === undefined || name === '' ? {} : { requesterName: name };
}
