import type { Policy } from '../../domain/policy';
import type { PullRequestFacts } from './github-job';
import type { DraftJiraPort } from './github-ports';

export type Requester =
  { accountId: string; via: 'policy-mapping' | 'email' } | { accountId: null; via: 'unmapped' };

/**
 * The PR author as an Atlassian account: the policy's GitHub login mapping first, then a user
 * search by the author's email when the payload carries one (it rarely does), else nobody.
 */
export async function resolveRequester(
  policy: Policy,
  drafts: DraftJiraPort,
  pullRequest: PullRequestFacts,
): Promise<Requester> {
  const logins = policy.repositories.githubLogins ?? {};
  const mapped = Object.entries(logins).find(
    ([login]) => login.toLowerCase() === pullRequest.authorLogin.toLowerCase(),
  )?.[1];
  if (mapped !== undefined) return { accountId: mapped, via: 'policy-mapping' };
  if (pullRequest.authorEmail !== null && pullRequest.authorEmail !== '') {
    const found = await drafts.accountIdForEmail(pullRequest.authorEmail);
    if (found !== null) return { accountId: found, via: 'email' };
  }
  return { accountId: null, via: 'unmapped' };
}
