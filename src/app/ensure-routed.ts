/**
 * Routes a change request once (docs/architecture.md, flow 2): evaluate the policy, write the Approver groups field,
 * move the issue into its approval status so JSM's own approval starts with the right approvers, notify
 * them, and record it all on the ledger. Whatever channel raised the request (portal, agent create, REST,
 * email, automation), its CAB answers are its custom fields; a request of a change request type (policy)
 * whose answers are missing or invalid waits for answers, its requester told exactly what is missing, and
 * is routed by the next call once they are complete. Requests of other types are never touched.
 * Called from the portal and panel views, the answer form and the issue events; safe to call any number
 * of times and concurrently: a routing claim lets one invocation work, and every step checks what is done.
 */
import { reviewAnswers, type AnswerProblem, type ChangeRequest } from '../domain/change-request';
import { paragraph, bulletList, text, heading } from '../domain/decision-record';
import { changeRequestKindOf, isUnconfigured, type ChangeRequestKind, type Policy } from '../domain/policy';
import { routeChangeRequest, type RoutingResult } from '../domain/routing';
import type { AppDeps } from './app-deps';
import { announceToPullRequest } from './announce-to-pull-request';
import { answersNeededEmail } from './answers-needed-message';
import { approvalStatusFor, WAITING_FOR_ANSWERS_STATUS } from './approval-statuses';
import type { IssueSnapshot } from './ports/jira-port';
import { forceEmergencyForRequestType } from './emergency/force-emergency-type';
import { pageEmergencyApprovers } from './emergency/page-emergency-approvers';
import type { LedgerEntry } from './ports/store-ports';
import { approvalRequestChat, approvalRequestEmail } from './route-messages';
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

/** A ledger entry that no longer needs routing (anything but waiting for answers). */
export const isRouted = (entry: LedgerEntry | undefined): entry is LedgerEntry =>
  entry !== undefined && entry.status !== 'waiting-for-answers';

export async function ensureRouted(deps: AppDeps, issueKey: string): Promise<RouteOutcome> {
  const existing = await deps.ledger.get(issueKey);
  if (isRouted(existing)) return { kind: 'already-routed', entry: existing };
  if (!(await deps.ledger.claim('routing', issueKey))) return { kind: 'busy' };
  try {
    const again = await deps.ledger.get(issueKey);
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
    const review = reviewAnswers(issue.cabFields, {
      summary: issue.summary,
      description: issue.description,
      requesterAccountId: issue.reporter?.accountId ?? '',
      linkedPullRequest: issue.cabFields.linkedPullRequest,
      knownSystemKeys: policy.systems.map((system) => system.key),
    });
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
  await deps.jira.transitionTo(issue, WAITING_FOR_ANSWERS_STATUS);
  const entry: LedgerEntry = {
    issueKey: issue.key,
    issueUrl: issue.browseUrl,
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
  await deps.ledger.put(entry);
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
  await deps.jira.setApproverGroups(
    issue.key,
    routing.groups.map((group) => group.groupId),
  );
  // The change type field says what the CR is routed as (the audit keeps the original answer).
  if (forced.override !== null) await deps.jira.setCabFields(issue, { changeType: 'emergency' });
  const moved = await deps.jira.transitionTo(issue, approvalStatusFor(cr.changeType));
  if (moved === 'unavailable') {
    const problem = `The issue cannot move from "${issue.status.name}" to "${approvalStatusFor(cr.changeType)}": check the workflow (see the admin page's setup check).`;
    return needsAttention(deps, issue, cr, routing, [problem], now);
  }
  const link = issue.browseUrl;
  if (cr.changeType === 'emergency') {
    // Every emergency approver is paged at once (email to each, urgent chat with mentions).
    await pageEmergencyApprovers(deps, issue.key, cr, routing, link);
  } else {
    await deps.jira.notify(issue.key, approvalRequestEmail(issue.key, cr, routing, link));
    await deps.chat.post({
      text: approvalRequestChat(issue.key, cr, routing, link),
      urgent: false,
      issueKey: issue.key,
    });
  }
  const entry: LedgerEntry = {
    issueKey: issue.key,
    issueUrl: issue.browseUrl,
    status: 'awaiting-approval',
    changeRequest: cr,
    routing,
    problems: [],
    routedAt: now.toISOString(),
    deadlineAt: Date.parse(routing.deadline),
    decision: null,
    notifiedAt: now.toISOString(),
    ...(forced.override === null ? {} : { changeTypeOverride: forced.override }),
  };
  await deps.ledger.put(entry);
  await announceToPullRequest(deps, entry);
  return { kind: 'routed', entry };
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
  await deps.jira.addInternalComment(issue.key, {
    type: 'doc',
    version: 1,
    content: [
      heading(3, 'Async CAB could not route this change request'),
      paragraph(
        text(
          'Nobody has been asked to approve it yet. A change manager needs to fix the following, then route it again:',
        ),
      ),
      bulletList(problems.map((problem) => text(problem))),
    ],
  });
  const entry: LedgerEntry = {
    issueKey: issue.key,
    issueUrl: issue.browseUrl,
    status: 'needs-attention',
    changeRequest: cr,
    routing,
    problems,
    routedAt: now.toISOString(),
    deadlineAt: now.getTime(),
    decision: null,
    notifiedAt: null,
  };
  await deps.ledger.put(entry);
  return { kind: 'needs-attention', entry };
}
