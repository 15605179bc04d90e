/**
 * What the issue panel and the portal request view show (docs/architecture.md, flow 3): routing state, approvers per
 * group, the response clock, the evidence and what the viewer may do. Reads the issue as the viewer, so
 * nobody sees a CR they could not open in Jira; routes the CR first if nothing has yet (portal path).
 */
import type { ApprovalState } from '../domain/approval';
import type { ApprovalPanelView, ChangeRequestPhase, RoutingStateView } from '../shared/view-models';
import type { AppDeps } from './app-deps';
import { answersSeenInJsm } from './answers-seen-in-jsm';
import { approvalStateFor, attributionMembers } from './approval-state-for';
import { deadlineView, wallClockDeadlineView } from './deadline-view';
import { decisionRecordDocument } from './decision-record-document';
import { minutesDeadlineAfterWindowStart } from '../domain/routing';
import { ensureRouted, isRouted } from './ensure-routed';
import { AppError } from './errors';
import { evidenceView } from './evidence-view';
import type { IssueSnapshot, JiraUserPort } from './ports/jira-port';
import { changeRequestKindOf, type Policy } from '../domain/policy';
import { answerProblemViews } from './answers/answers-view';
import { reviewIssueAnswers } from './answers/review-issue-answers';
import { isChangeManager, mayLookAfterChangeRequests } from './change-managers';
import type { LedgerEntry } from './ports/store-ports';

/** Right after the viewer answered: JSM's reply to that answer, the approval as it now stands. */
export interface JustAnswered {
  approval: unknown;
}

export async function getApprovalPanel(
  deps: AppDeps,
  user: JiraUserPort,
  issueKey: string,
  viewerAccountId: string,
  answered?: JustAnswered,
): Promise<ApprovalPanelView> {
  let issue = await user.getIssue(issueKey);
  if (issue === null)
    throw new AppError('NOT_FOUND', `${issueKey} does not exist or you do not have permission to see it.`);
  let entry = await deps.ledger.get(issueKey);
  const { policy } = await deps.policies.get();
  const kind = changeRequestKindOf(policy.changeRequestTypes, issue.requestType);
  // The portal path: a change request is routed as soon as someone looks at it (events can be minutes late).
  if (kind !== null && !isRouted(entry) && issue.draft === undefined) {
    const outcome = await ensureRouted(deps, issueKey);
    if ('entry' in outcome) {
      entry = outcome.entry;
      issue = (await user.getIssue(issueKey)) ?? issue;
    }
  }
  const routing = entry?.routing ?? null;
  const base = {
    issueKey,
    status: issue.status.name,
    phase: phaseOf(kind !== null, issue, entry),
    routing:
      kind === null
        ? notAChangeRequest
        : issue.draft !== undefined
          ? await draftState(deps, policy, issue, viewerAccountId, user)
          : await routingState(deps, policy, entry, viewerAccountId, user),
    ...(entry?.stale === undefined
      ? {}
      : {
          staleApproval: {
            ...entry.stale,
            message: `New commits were pushed to the pull request after this change was approved (head ${entry.stale.headSha.slice(0, 7)}): what was approved is not what would be released. Ask the approvers to look again.`,
          },
        }),
    ...(entry?.unexplained === undefined
      ? {}
      : {
          unexplainedApproval: {
            at: entry.unexplained.at,
            to: entry.unexplained.to,
            message: `This change was moved to "${entry.unexplained.to}" without its approvers approving it, and Async CAB did not approve it either. It does not count as approved; the change managers were told.`,
          },
        }),
    evidence: evidenceView(issue, entry?.changeRequest ?? null, policy),
    reasons: routing?.reasons.map((reason) => reason.outcome) ?? [],
    decisionRecord: entry?.decision?.recordText ?? null,
    decisionRecordDocument:
      entry?.decision == null ? null : await decisionRecordDocument(deps.jira, entry, 'decision'),
  };
  if (entry === undefined || routing === null || !isRouted(entry) || entry.status === 'needs-attention') {
    return {
      ...base,
      decision: 'pending',
      groups: [],
      deadline: null,
      viewer: {
        accountId: viewerAccountId,
        canAnswer: false,
        approvalId: null,
        isRequester: issue.reporter?.accountId === viewerAccountId,
        reason: base.routing.state === 'routed' ? '' : 'Nobody can approve this change until it is routed.',
      },
    };
  }
  const requester = entry.changeRequest?.requester.accountId ?? issue.reporter?.accountId ?? '';
  // After break-glass JSM's approval takes no more answers: the ECAB's answers are the app's own.
  const approvals =
    entry.breakGlass !== undefined
      ? await collectedApproval(deps, entry, routing)
      : answered === undefined
        ? await user.getApprovals(issueKey)
        : pageOf(answered);
  const state = await approvalStateFor(deps.jira, approvals, routing, requester, viewerAccountId);
  // The ledger's decision is the app's record of it (JSM's, silence's or the retrospective one): once it is
  // there the panel shows it, whatever JSM's approval still says, and nobody is asked any more.
  const decision = entry.decision?.outcome ?? (state.decisionSource === 'jsm' ? state.decision : 'pending');
  if (entry.decision === null && entry.breakGlass === undefined) await noteJsmAnswers(deps, issueKey, state);
  const pendingGroups =
    decision === 'pending'
      ? state.groups.filter((group) => !group.satisfied).map((group) => group.groupId)
      : [];
  const now = deps.clock.now();
  return {
    ...base,
    decision,
    groups: state.groups.map((group) => ({
      groupId: group.groupId,
      name: group.name,
      needed: group.needed,
      approvedBy: [...group.approvedBy],
      declinedBy: [...group.declinedBy],
      pending: [...group.pending],
      label: group.label,
      satisfied: group.satisfied,
      unreachable: group.unreachable ? group.unreachableReason : null,
    })),
    deadline:
      decision !== 'pending'
        ? null
        : entry.breakGlass !== undefined
          ? wallClockDeadlineView(
              entry.breakGlass.retrospectiveDeadline,
              routing.groups[0]?.timeZone ?? 'UTC',
              now,
            )
          : deadlineView(policy, routing, pendingGroups, now),
    viewer:
      decision === 'pending'
        ? viewerView(state, viewerAccountId, requester)
        : decidedViewer(decision, viewerAccountId, requester),
    ...(decision === 'pending' && entry.breakGlass === undefined ? lateDeadline(entry) : {}),
  };
}

/**
 * JSM has no approval event, so an answer given with JSM's own buttons reaches the app when someone opens
 * the panel (or at the decision): kept then, the board counts it in "n of m groups approved" and the figures
 * time it no later than this. One KVS query when JSM lists any answer; one write per answer not kept yet.
 */
async function noteJsmAnswers(deps: AppDeps, issueKey: string, state: ApprovalState): Promise<void> {
  const note = deps.ledger.noteAnswerSeenInJsm?.bind(deps.ledger);
  const anyGiven = state.groups.some((group) => group.approvedBy.length + group.declinedBy.length > 0);
  if (note === undefined || !anyGiven) return;
  const kept = await deps.ledger.listAnswers(issueKey);
  for (const answer of answersSeenInJsm(state, kept, deps.clock.now().toISOString()))
    await note(issueKey, answer);
}

/** The deadline falls after the planned window starts: the panel points it out while approvers decide. */
function lateDeadline(entry: LedgerEntry): Pick<ApprovalPanelView, 'deadlineAfterWindowStart'> {
  const windowStart = entry.changeRequest?.plannedWindow.start;
  const deadline = entry.routing?.deadline;
  if (windowStart === undefined || deadline === undefined) return {};
  const minutesLate = minutesDeadlineAfterWindowStart(deadline, windowStart);
  return minutesLate === null ? {} : { deadlineAfterWindowStart: { deadline, windowStart, minutesLate } };
}

/**
 * The ECAB's answers after break-glass as one approval, in JSM's shape, so the panel counts and shows them
 * exactly as it does JSM's: every member of a routed group is an approver, with their answer or pending.
 */
async function collectedApproval(
  deps: AppDeps,
  entry: LedgerEntry,
  routing: NonNullable<LedgerEntry['routing']>,
): Promise<unknown> {
  const answers = await deps.ledger.listAnswers(entry.issueKey);
  const people = new Map<string, { accountId: string; displayName: string }>();
  for (const group of routing.groups) {
    for (const person of await attributionMembers(deps.jira, group.groupId))
      people.set(person.accountId, person);
  }
  const at = entry.breakGlass?.at ?? entry.routedAt;
  return {
    values: [
      {
        // Answers are kept against JSM's approval that break-glass left pending (JSM takes no more).
        id: entry.breakGlass?.approvalId ?? '0',
        name: 'Retrospective approval',
        finalDecision: entry.decision?.outcome ?? 'pending',
        canAnswerApproval: entry.decision === null,
        approvers: [...people.values()].map((person) => {
          const answer = answers.find((candidate) => candidate.accountId === person.accountId);
          return {
            approver: { accountId: person.accountId, displayName: person.displayName },
            approverDecision:
              answer === undefined ? 'pending' : answer.decision === 'approve' ? 'approved' : 'declined',
          };
        }),
        createdDate: { iso8601: at, epochMillis: Date.parse(at) },
      },
    ],
  };
}

function decidedViewer(
  decision: 'approved' | 'declined',
  viewerAccountId: string,
  requester: string,
): ApprovalPanelView['viewer'] {
  return {
    accountId: viewerAccountId,
    canAnswer: false,
    approvalId: null,
    isRequester: viewerAccountId === requester,
    reason: `This change was ${decision}; a decision never changes.`,
  };
}

/**
 * The viewer's own answer came back as the updated approval, read as the viewer (docs/platform-assumptions.md: POST
 * answers 200 with the updated Approval). JSM takes answers only on the current approval, and the panel's
 * state depends on the current approval alone (domain/approval select-current-approval.ts), so the page is
 * not read again. Earlier rounds are left out of this page: nothing the panel shows depends on them.
 */
const pageOf = (answered: JustAnswered) => ({ values: [answered.approval] });

function phaseOf(
  isChangeRequest: boolean,
  issue: IssueSnapshot,
  entry: LedgerEntry | undefined,
): ChangeRequestPhase {
  if (!isChangeRequest) return 'not-a-change-request';
  if (issue.draft !== undefined) return 'drafted';
  return entry?.status ?? 'waiting-for-answers';
}

const notAChangeRequest: RoutingStateView = {
  state: 'not-routed',
  message:
    'This request is not a change request: its request type is not one of the change request types on the Async CAB admin page.',
};

async function routingState(
  deps: AppDeps,
  policy: Policy,
  entry: LedgerEntry | undefined,
  viewerAccountId: string,
  user: JiraUserPort,
): Promise<RoutingStateView> {
  if (entry === undefined) {
    return { state: 'not-routed', message: 'Async CAB has not routed this change request yet.' };
  }
  if (entry.status === 'waiting-for-answers') {
    return {
      state: 'waiting-for-answers',
      message:
        'Nobody has been asked to approve yet: these answers are missing or invalid. The requester was emailed the list; the change request is routed as soon as they are complete.',
      problems: answerProblemViews(entry.answerProblems ?? []),
    };
  }
  if (entry.status === 'needs-attention') {
    return {
      state: 'needs-attention',
      message:
        'Nobody has been asked to approve yet: a change manager must fix the problems below, then route it again.',
      problems: entry.problems,
      canRouteAgain: await mayLookAfterChangeRequests(deps, policy, {
        accountId: viewerAccountId,
        isJiraAdmin: () => user.isJiraAdmin(),
      }),
    };
  }
  return { state: 'routed', routedAt: entry.routedAt };
}

/** A draft from GitHub: what it still needs, who will complete it, and whether the viewer may hand it over. */
async function draftState(
  deps: AppDeps,
  policy: Policy,
  issue: IssueSnapshot,
  viewerAccountId: string,
  user: JiraUserPort,
): Promise<RoutingStateView> {
  const review = reviewIssueAnswers(policy, issue);
  const unmapped = issue.draft?.requesterVia === 'unmapped';
  const canHandOver = (await isChangeManager(deps, policy, viewerAccountId)) || (await user.isJiraAdmin());
  return {
    state: 'draft',
    message: unmapped
      ? `Drafted from a pull request by @${issue.draft?.authorLogin ?? ''}, who has no Jira account the app knows: hand it to the developer who will complete it.`
      : `Drafted from a pull request: waiting for ${issue.reporter?.displayName ?? 'its requester'} to complete and submit it.`,
    problems: review.complete ? [] : answerProblemViews(review.problems),
    handOver: {
      requester: unmapped ? null : issue.reporter,
      unmappedLogin: unmapped ? (issue.draft?.authorLogin ?? null) : null,
      canHandOver,
    },
  };
}

function viewerView(
  state: ApprovalState,
  viewerAccountId: string,
  requester: string,
): ApprovalPanelView['viewer'] {
  const viewer = state.viewer;
  const isRequester = viewerAccountId === requester;
  return {
    accountId: viewerAccountId,
    canAnswer: viewer?.canAnswer === true && !isRequester,
    approvalId: state.currentApprovalId,
    isRequester,
    reason: isRequester ? 'You raised this change, so you cannot approve it.' : (viewer?.reason ?? ''),
  };
}
