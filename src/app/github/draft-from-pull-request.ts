/**
 * Drafts a CR from a pull request (docs/architecture.md, flow 4), once per repository and PR however many
 * deliveries race: the index is checked, a short drafting claim lets one invocation work (the others are
 * retried from the queue and then find the CR), and the index entry is written with FAIL_IF_EXISTS right
 * after the request is created. The later steps (fields, draft marker, unmapped index, email, commit
 * status) are noted as pending and done one by one, so any retry finishes a draft that stopped part-way.
 */
import type { Policy } from '../../domain/policy';
import type { Notification } from '../ports/jira-port';
import type { GitHubDeps, JobResult } from './github-deps';
import type { PullRequestFacts } from './github-job';
import { DRAFT_STEPS, type DraftProgress, type DraftStep, type PullRequestLink } from './github-ports';

/** The admin page's delivery log reads these (github-deliveries.tsx): the steps in words, not their keys. */
const STEP_WORDS: Record<DraftStep, string> = {
  fields: 'the answers from the pull request',
  'draft-marker': 'the draft note',
  'unmapped-index': 'the list of drafts without a requester',
  email: "the developer's email",
  'commit-status': 'the commit status',
};

/** How the PR author was found as the requester, in words. */
const REQUESTER_WORDS = {
  'policy-mapping': "through the policy's GitHub logins",
  email: 'by their email address',
  'handed-over': 'by a change manager',
} as const;
import { draftReadyEmail } from './draft-messages';
import { resolveRequester } from './resolve-requester';

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
  if (existing !== undefined && (existing.pendingSteps ?? []).length === 0) return alreadyDrafted(existing);
  if (!(await deps.index.claimDrafting(repository, number)))
    return {
      outcome: 'retry',
      reason: 'Another delivery is drafting this PR.',
      retryAfterSeconds: BUSY_RETRY_SECONDS,
    };
  try {
    const again = await deps.index.get(repository, number);
    if (again === undefined) return await createDraft(deps, pullRequest, systems, trigger);
    if ((again.pendingSteps ?? []).length === 0) return alreadyDrafted(again);
    // An earlier attempt created the request and stopped part-way: finish what it left.
    await finishDraft(deps, again);
    return {
      outcome: 'done',
      reason: `Finished drafting ${again.issueKey}: ${(again.pendingSteps ?? []).map((step) => STEP_WORDS[step]).join(', ')}.`,
      issueKey: again.issueKey,
    };
  } finally {
    await deps.index.releaseDrafting(repository, number);
  }
}

/** A PR whose draft may have stopped part-way (the merge path, the redrive): finishes its pending steps. */
export async function finishPendingDraft(deps: GitHubDeps, link: PullRequestLink): Promise<PullRequestLink> {
  if ((link.pendingSteps ?? []).length === 0) return link;
  if (!(await deps.index.claimDrafting(link.repository, link.number)))
    throw new Error(`Another delivery is finishing the draft of ${link.issueKey}.`);
  try {
    const latest = (await deps.index.get(link.repository, link.number)) ?? link;
    return await finishDraft(deps, latest);
  } finally {
    await deps.index.releaseDrafting(link.repository, link.number);
  }
}

function alreadyDrafted(link: PullRequestLink): JobResult {
  return { outcome: 'done', reason: `${link.issueKey} already exists for this PR.`, issueKey: link.issueKey };
}

/**
 * Creates the request in one call and notes it in the PR index at once, with every later step pending, so
 * no retry creates a second request; then does the steps (finishDraft).
 */
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
  const fields = { affectedSystems: systems, ...(testing === undefined ? {} : { testEvidence: testing }) };
  const created = await deps.drafts.createRequest({
    summary:
      pullRequest.title.trim().slice(0, SUMMARY_MAX) ||
      `${pullRequest.repository}#${String(pullRequest.number)}`,
    description: describe(pullRequest, trigger),
    raiseOnBehalfOf: requester.accountId,
    participants: reviewerAccounts(policy, trigger.reviewerLogin, requester.accountId),
    changeRequestTypes: policy.changeRequestTypes,
    fields,
    linkedPullRequest: linked,
  });
  const link: PullRequestLink = {
    ...linked,
    issueKey: created.issueKey,
    issueId: created.issueId,
    issueUrl: created.browseUrl,
    pendingSteps: [...DRAFT_STEPS],
    draft: {
      trigger: trigger.kind,
      reviewerLogin: trigger.reviewerLogin ?? null,
      authorLogin: pullRequest.authorLogin,
      requesterAccountId: requester.accountId,
      requesterVia: requester.via,
      createdAt: deps.app.clock.now().toISOString(),
      portalUrl: created.portalUrl,
      fields,
    },
  };
  await deps.index.create(link);
  await finishDraft(deps, link);
  return {
    outcome: 'done',
    reason: `Drafted ${created.issueKey} (${trigger.kind === 'merged' ? 'merged without a CR' : 'approved review'}); requester ${requester.via === 'unmapped' ? 'unknown: change managers told' : `found ${REQUESTER_WORDS[requester.via]}`}.`,
    issueKey: created.issueKey,
  };
}

/**
 * Does the draft's pending steps in order, noting each in the PR index as soon as it is done, so a retry
 * after a failure (or a crash) does only what is left: no second email, no second marker.
 */
async function finishDraft(deps: GitHubDeps, link: PullRequestLink): Promise<PullRequestLink> {
  const progress = link.draft;
  if (progress === undefined) throw new Error(`The draft of ${link.issueKey} kept no progress to finish.`);
  const { policy } = await deps.app.policies.get();
  let current = link;
  for (const step of link.pendingSteps ?? []) {
    await doStep(deps, policy, link, progress, step);
    current = {
      ...current,
      pendingSteps: (current.pendingSteps ?? []).filter((pending) => pending !== step),
    };
    await deps.index.put(current);
  }
  return current;
}

async function doStep(
  deps: GitHubDeps,
  policy: Policy,
  link: PullRequestLink,
  progress: DraftProgress,
  step: DraftStep,
): Promise<void> {
  const issue = { key: link.issueKey, id: link.issueId };
  switch (step) {
    case 'fields':
      await deps.drafts.writeDraftFields(issue, {
        changeRequestTypes: policy.changeRequestTypes,
        fields: progress.fields,
        linkedPullRequest: {
          repository: link.repository,
          number: link.number,
          url: link.url,
          headSha: link.headSha,
          ...(link.mergeSha === undefined ? {} : { mergeSha: link.mergeSha }),
        },
      });
      return;
    case 'draft-marker':
      await deps.drafts.setDraftMarker(link.issueKey, {
        source: 'github',
        trigger: progress.trigger,
        createdAt: progress.createdAt,
        requesterVia: progress.requesterVia,
        authorLogin: progress.authorLogin,
        reviewers: progress.reviewerLogin === null ? [] : [progress.reviewerLogin],
      });
      return;
    case 'unmapped-index':
      if (progress.requesterAccountId === null)
        await deps.unmappedDrafts.add(progress.authorLogin, link.issueKey);
      return;
    case 'email':
      await deps.app.jira.notify(link.issueKey, draftNotification(policy, link, progress));
      return;
    case 'commit-status':
      await deps.queue.enqueue({ kind: 'status', repository: link.repository, number: link.number });
      return;
  }
}

function describe(pullRequest: PullRequestFacts, trigger: DraftTrigger): string {
  const origin =
    trigger.kind === 'merged'
      ? `Drafted by Async CAB when ${pullRequest.url} was merged without a change request.`
      : `Drafted by Async CAB from ${pullRequest.url}${trigger.reviewerLogin ? `, approved by @${trigger.reviewerLogin}` : ''}.`;
  const body = pullRequest.body.trim();
  return `${body === '' ? '' : `${body}\n\n`}${origin}`.slice(0, DESCRIPTION_MAX);
}

function draftNotification(policy: Policy, link: PullRequestLink, progress: DraftProgress): Notification {
  const { issueKey, issueUrl: browseUrl } = link;
  const pr = `${link.repository}#${String(link.number)}`;
  if (progress.requesterAccountId !== null)
    return draftReadyEmail(issueKey, progress.portalUrl, pr, progress.requesterAccountId);
  return {
    subject: `${issueKey}: drafted from ${pr}, but the author is unknown`,
    textBody: `Async CAB drafted ${issueKey} from ${pr}, but the GitHub login @${progress.authorLogin} maps to no Atlassian account. Hand it to the developer from the issue's Change approval panel, or add the login to the policy's GitHub logins (its drafts are then handed over): ${browseUrl}`,
    htmlBody: `<p>Async CAB drafted <a href="${browseUrl}">${issueKey}</a> from ${pr}, but the GitHub login @${progress.authorLogin} maps to no Atlassian account.</p><p>Hand it to the developer from the issue's Change approval panel, or add the login to the policy's GitHub logins (its drafts are then handed over).</p>`,
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
