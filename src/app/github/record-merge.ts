/**
 * `pull_request` closed with `merged: true`: the merge SHA goes on the CR; a PR merged without
 * a CR gets one drafted when the policy says so (`repositories.createOnMerge`).
 */
import type { GitHubDeps, JobResult } from './github-deps';
import type { PullRequestFacts } from './github-job';
import { draftFromPullRequest, finishPendingDraft } from './draft-from-pull-request';

export async function recordMerge(
  deps: GitHubDeps,
  pullRequest: PullRequestFacts,
  mergeSha: string,
  systems: string[],
): Promise<JobResult> {
  const found = await deps.index.get(pullRequest.repository, pullRequest.number);
  // A draft that stopped part-way is finished first, whichever delivery comes next.
  const link = found === undefined ? undefined : await finishPendingDraft(deps, found);
  if (link === undefined) {
    const { policy } = await deps.app.policies.get();
    if (!policy.repositories.createOnMerge)
      return {
        outcome: 'ignored',
        reason: 'Merged without a CR; the policy does not create CRs on merge.',
        issueKey: null,
      };
    return draftFromPullRequest(deps, pullRequest, systems, { kind: 'merged', mergeSha });
  }
  if (link.mergeSha === mergeSha)
    return {
      outcome: 'done',
      reason: `${link.issueKey} already has the merge SHA.`,
      issueKey: link.issueKey,
    };
  const { issueKey } = link;
  await deps.drafts.setLinkedPullRequest(
    { key: issueKey, id: link.issueId },
    {
      repository: link.repository,
      number: link.number,
      url: link.url,
      headSha: link.headSha,
      mergeSha,
    },
  );
  await deps.index.put({ ...link, mergeSha });
  return {
    outcome: 'done',
    reason: `Merge SHA ${mergeSha.slice(0, 7)} recorded on ${issueKey}.`,
    issueKey,
  };
}
