/**
 * Routes a change request once (DESIGN.md flow 2): evaluate the policy, write the Approver groups field and
 * the CR fields, move the issue into its approval status so JSM's own approval starts with the right
 * approvers, notify them, and record it all on the ledger. Called from the portal path (the request view
 * asks right after creation) and from `avi:jira:created:issue` as a backstop; safe to call any number of
 * times and concurrently: a routing claim lets one invocation work, and every step checks what is done.
 */
import { changeRequestFromPortal, type ChangeRequest } from '../domain/change-request';
import { paragraph, bulletList, text, heading } from '../domain/decision-record';
import { routeChangeRequest, type RoutingResult } from '../domain/routing';
import type { AppDeps } from './app-deps';
import { announceToPullRequest } from './announce-to-pull-request';
import { approvalStatusFor } from './approval-statuses';
import type { IssueSnapshot } from './ports/jira-port';
import { forceEmergencyForRequestType } from './emergency/force-emergency-type';
import { pageEmergencyApprovers } from './emergency/page-emergency-approvers';
import type { LedgerEntry } from './ports/store-ports';
import { approvalRequestChat, approvalRequestEmail } from './route-messages';

export type RouteOutcome =
  | { kind: 'already-routed'; entry: LedgerEntry }
  | { kind: 'routed'; entry: LedgerEntry }
  | { kind: 'needs-attention'; entry: LedgerEntry }
  | { kind: 'busy' }
  /** Drafted from a pull request: waits until the developer completes and submits it (DESIGN.md flow 4). */
  | { kind: 'draft' }
  | { kind: 'not-found' }
  | { kind: 'not-a-change-request' };

export async function ensureRouted(deps: AppDeps, issueKey: string): Promise<RouteOutcome> {
  const existing = await deps.ledger.get(issueKey);
  if (existing) return { kind: 'already-routed', entry: existing };
  if (!(await deps.ledger.claim('routing', issueKey))) return { kind: 'busy' };
  try {
    const again = await deps.ledger.get(issueKey);
    if (again) return { kind: 'already-routed', entry: again };
    const issue = await deps.jira.getIssue(issueKey);
    if (issue === null) return { kind: 'not-found' };
    // Only requests raised with the CAB form (or drafted by the app) are change requests.
    if (issue.portalAnswers === undefined) return { kind: 'not-a-change-request' };
    if (issue.draft !== undefined) return { kind: 'draft' };
    return await route(deps, issue);
  } finally {
    await deps.ledger.release('routing', issueKey);
  }
}

async function route(deps: AppDeps, issue: IssueSnapshot): Promise<RouteOutcome> {
  const now = deps.clock.now();
  const parsed = changeRequestFromPortal(issue.portalAnswers, {
    summary: issue.summary,
    description: issue.description,
    requesterAccountId: issue.reporter?.accountId ?? '',
    ...(issue.linkedPullRequest === undefined ? {} : { linkedPullRequest: issue.linkedPullRequest }),
  });
  if (!parsed.ok) {
    const problems = parsed.errors.map((error) => `${error.field}: ${error.message}`);
    return needsAttention(deps, issue, null, null, problems, now);
  }
  // Issue 6: the Emergency change request type always routes as an emergency.
  const forced = await forceEmergencyForRequestType(deps, issue, parsed.value);
  const cr = forced.cr;
  const { policy } = await deps.policies.get();
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
  await deps.jira.setCrFields(issue.key, {
    approverGroupIds: routing.groups.map((group) => group.groupId),
    ...crFieldValues(cr),
  });
  const moved = await deps.jira.transitionTo(issue, approvalStatusFor(cr.changeType));
  if (moved === 'unavailable') {
    const problem = `The issue cannot move from "${issue.status.name}" to "${approvalStatusFor(cr.changeType)}": check the workflow (see the admin page's setup check).`;
    return needsAttention(deps, issue, cr, routing, [problem], now);
  }
  const link = issue.browseUrl;
  if (cr.changeType === 'emergency') {
    // Issue 6: every emergency approver is paged at once (email to each, urgent chat with mentions).
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

function crFieldValues(cr: ChangeRequest) {
  return {
    affectedSystems: [...cr.affectedSystems],
    changeType: cr.changeType,
    risk: cr.risk,
    changeWindow: {
      start: cr.plannedWindow.start,
      end: cr.plannedWindow.end,
      timeZone: cr.plannedWindow.timeZone,
    },
    testEvidence: cr.testing.tested
      ? { tested: true, evidenceUrl: cr.testing.evidenceUrl }
      : { tested: false, reason: cr.testing.reason },
    consequence: { text: cr.consequenceOfNotReleasing },
    rollbackPlan: { text: cr.rollbackPlan },
    ...(cr.linkedPullRequest === undefined ? {} : { linkedPullRequest: { ...cr.linkedPullRequest } }),
  };
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
