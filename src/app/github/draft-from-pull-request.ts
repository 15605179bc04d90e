/**
 * Drafts a CR from a pull request (docs/architecture.md, flow 4), once per repository and PR however many
 * deliveries race: the index is checked, a short drafting claim lets one invocation work (the others are
 * retried from the queue and then find the CR), and the index entry is written with FAIL_IF_EXISTS.
 */
import type { Policy } from '../../domain/policy';
import type { Notification } from '../ports/jira-port';
import type { GitHubDeps, JobResult } from './github-deps';
import type { PullRequestFacts } from './github-job';
import type { PullRequestLink } from './github-ports';
import { draftReadyEmail } from './draft-messages';
import { resolveRequester, type Requester } from './resolve-requester';

const SUMMARY_MAX = 255;
const DESCRIPTION_MAX = 30_000;
const BUSY_RETRY_SECONDS = 10;

export interface DraftTrigger {
  kind: 'review-approved' | 'merged';
  reviewerLogin?: string;
  mergeSha?: string;
}

export async function draftFromPullRequest(
  deps: GitHubDeps,
  pullRequest: PullRequestFacts,
  systems: string[],
  trigger: DraftTrigger,
): Promise<JobResult> {
  const { repository, number } = pullRequest;
  const existing = await deps.index.get(repository, number);
  if (existing !== undefined)
    return {
      outcome: 'done',
      reason: `${existing.issueKey} already exists for this PR.`,
      issueKey: existing.issueKey,
    };
  if (!(await deps.index.claimDrafting(repository, number)))
    return {
      outcome: 'retry',
      reason: 'Another delivery is drafting this PR.',
      retryAfterSeconds: BUSY_RETRY_SECONDS,
    };
  try {
    const again = await deps.index.get(repository, number);
    if (again !== undefined)
      return {
        outcome: 'done',
        reason: `${again.issueKey} already exists for this PR.`,
        issueKey: again.issueKey,
      };
    return await createDraft(deps, pullRequest, systems, trigger);
  } finally {
    await deps.index.releaseDrafting(repository, number);
  }
}

async function createDraft(
  deps: GitHubDeps,
  pullRequest: PullRequestFacts,
  systems: string[],
  trigger: DraftTrigger,
): Promise<JobResult> {
  const { policy } = await deps.app.policies.get();
  const requester = await resolveRequester(policy, deps.drafts, pullRequest);
  const evidence = await deps.index.evidenceFor(pullRequest.repository, pullRequest.headSha);
  const linked = {
    repository: pullRequest.repository,
    number: pullRequest.number,
    url: pullRequest.url,
    headSha: pullRequest.headSha,
    ...(trigger.mergeSha === undefined ? {} : { mergeSha: trigger.mergeSha }),
  };
  const testing =
    evidence?.tested === true ? { tested: true as const, evidenceUrl: evidence.evidenceUrl } : undefined;
  const created = await deps.drafts.createRequest({
    summary:
      pullRequest.title.trim().slice(0, SUMMARY_MAX) ||
      `${pullRequest.repository}#${String(pullRequest.number)}`,
    description: describe(pullRequest, trigger),
    raiseOnBehalfOf: requester.accountId,
    participants: reviewerAccounts(policy, trigger.reviewerLogin, requester.accountId),
    changeRequestTypes: policy.changeRequestTypes,
    fields: {
      affectedSystems: systems,
      ...(testing === undefined ? {} : { testEvidence: testing }),
    },
    linkedPullRequest: linked,
  });
  const link: PullRequestLink = {
    ...linked,
    issueKey: created.issueKey,
    issueId: created.issueId,
    issueUrl: created.browseUrl,
  };
  await deps.index.create(link);
  await deps.drafts.setDraftMarker(created.issueKey, {
    source: 'github',
    trigger: trigger.kind,
    createdAt: deps.app.clock.now().toISOString(),
    requesterVia: requester.via,
    authorLogin: pullRequest.authorLogin,
    reviewers: trigger.reviewerLogin ? [trigger.reviewerLogin] : [],
  });
  if (requester.accountId === null) {
    await deps.unmappedDrafts.add(pullRequest.authorLogin, created.issueKey);
  }
  await deps.app.jira.notify(created.issueKey, draftNotification(policy, created, pullRequest, requester));
  await deps.queue.enqueue({
    kind: 'status',
    repository: pullRequest.repository,
    number: pullRequest.number,
  });
  return {
    outcome: 'done',
    reason: `Drafted ${created.issueKey} (${trigger.kind === 'merged' ? 'merged without a CR' : 'approved review'}); requester ${requester.via === 'unmapped' ? 'unknown: change managers told' : `found by ${requester.via}`}.`,
    issueKey: created.issueKey,
  };
}

function describe(pullRequest: PullRequestFacts, trigger: DraftTrigger): string {
  const origin =
    trigger.kind === 'merged'
      ? `Drafted by Async CAB when ${pullRequest.url} was merged without a change request.`
      : `Drafted by Async CAB from ${pullRequest.url}${trigger.reviewerLogin ? `, approved by @${trigger.reviewerLogin}` : ''}.`;
  const body = pullRequest.body.trim();
  return `${body === '' ? '' : `${body}\n\n`}${origin}`.slice(0, DESCRIPTION_MAX);
}

function draftNotification(
  policy: Policy,
  created: { issueKey: string; portalUrl: string; browseUrl: string },
  pullRequest: PullRequestFacts,
  requester: Requester,
): Notification {
  const { issueKey, portalUrl, browseUrl } = created;
  const pr = `${pullRequest.repository}#${String(pullRequest.number)}`;
  if (requester.accountId !== null) return draftReadyEmail(issueKey, portalUrl, pr, requester.accountId);
  return {
    subject: `${issueKey}: drafted from ${pr}, but the author is unknown`,
    textBody: `Async CAB drafted ${issueKey} from ${pr}, but the GitHub login @${pullRequest.authorLogin} maps to no Atlassian account. Hand it to the developer from the issue's Change approval panel, or add the login to the policy's GitHub logins (its drafts are then handed over): ${browseUrl}`,
    htmlBody: `<p>Async CAB drafted <a href="${browseUrl}">${issueKey}</a> from ${pr}, but the GitHub login @${pullRequest.authorLogin} maps to no Atlassian account.</p><p>Hand it to the developer from the issue's Change approval panel, or add the login to the policy's GitHub logins (its drafts are then handed over).</p>`,
    groupIds: [policy.changeTypes.normal.escalation.groupId].filter((groupId) => groupId !== ''),
    accountIds: [],
  };
}

/** The approving reviewer as a request participant, when the policy maps their GitHub login to an account. */
function reviewerAccounts(
  policy: Policy,
  reviewerLogin: string | undefined,
  requester: string | null,
): string[] {
  if (reviewerLogin === undefined) return [];
  const logins = policy.repositories.githubLogins ?? {};
  const accountId = Object.entries(logins).find(
    ([login]) => login.toLowerCase() === reviewerLogin.toLowerCase(),
  )?.[1];
  return accountId === undefined || accountId === requester ? [] : [accountId];
}
