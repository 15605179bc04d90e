/**
 * A draft from GitHub is never a dead end: a change manager (a member of the policy's escalation groups) or
 * a Jira admin hands it to the developer who will complete it, and mapping a GitHub login in the policy
 * later hands over the drafts that author already has. The new requester becomes the request's reporter
 * (so they open it on the portal) and is emailed what to do.
 */
import { linkedPullRequestSchema } from '../../domain/change-request';
import type { Policy } from '../../domain/policy';
import type { AppDeps } from '../app-deps';
import { mayLookAfterChangeRequests } from '../change-managers';
import { AppError, validationFailed } from '../errors';
import type { IssueSnapshot } from '../ports/jira-port';
import { portalLinkOf } from '../portal-link';
import type { DraftJiraPort, UnmappedDraftIndexPort } from './github-ports';
import { draftReadyEmail } from './draft-messages';

export interface HandOverDeps {
  app: AppDeps;
  drafts: Pick<DraftJiraPort, 'person' | 'setReporter' | 'setDraftMarker'>;
  unmappedDrafts: UnmappedDraftIndexPort;
}

export async function handOverDraft(
  deps: HandOverDeps,
  caller: { accountId: string; isJiraAdmin: () => Promise<boolean> },
  issueKey: string,
  toAccountId: string,
): Promise<void> {
  const { policy } = await deps.app.policies.get();
  const allowed = await mayLookAfterChangeRequests(deps.app, policy, caller);
  if (!allowed)
    throw new AppError('FORBIDDEN', 'Only change managers and Jira administrators can hand a draft over.');
  const issue = await deps.app.jira.getIssue(issueKey);
  if (issue === null) throw new AppError('NOT_FOUND', `${issueKey} does not exist.`);
  if (issue.draft === undefined)
    throw new AppError('CONFLICT', `${issueKey} is not a draft any more: its requester has submitted it.`);
  const person = await deps.drafts.person(toAccountId);
  if (person === null) {
    throw validationFailed('Choose someone who can complete the change request.', [
      { field: 'accountId', code: 'unknown-person', message: 'That person has no active Atlassian account.' },
    ]);
  }
  await giveDraftTo(deps, issue, person.accountId, caller.accountId);
}

/** After a policy save: the drafts of every GitHub login the save newly mapped go to that account. */
export async function handOverDraftsOfMappedLogins(
  deps: HandOverDeps,
  before: Policy,
  after: Policy,
  by: string,
): Promise<number> {
  const previously = new Set(Object.keys(before.repositories.githubLogins ?? {}).map((l) => l.toLowerCase()));
  let handed = 0;
  for (const [login, accountId] of Object.entries(after.repositories.githubLogins ?? {})) {
    if (previously.has(login.toLowerCase())) continue;
    // Bounded per save (resolvers have 25 s); a later save or the panel hands over any left.
    for (const issueKey of await deps.unmappedDrafts.list(login, 20)) {
      const issue = await deps.app.jira.getIssue(issueKey);
      if (issue?.draft === undefined) {
        await deps.unmappedDrafts.remove(login, issueKey);
        continue;
      }
      await giveDraftTo(deps, issue, accountId, by);
      handed++;
    }
  }
  return handed;
}

async function giveDraftTo(
  deps: HandOverDeps,
  issue: IssueSnapshot,
  accountId: string,
  by: string,
): Promise<void> {
  const marker = issue.draft;
  if (marker === undefined) return;
  await deps.drafts.setReporter(issue.key, accountId);
  await deps.drafts.setDraftMarker(issue.key, { ...marker, requesterVia: 'handed-over', handedOverBy: by });
  const pr = linkedPullRequestSchema.safeParse(issue.cabFields.linkedPullRequest);
  const label = pr.success ? `${pr.data.repository}#${String(pr.data.number)}` : issue.key;
  await deps.app.jira.notify(issue.key, draftReadyEmail(issue.key, portalLinkOf(issue), label, accountId));
  await deps.unmappedDrafts.remove(marker.authorLogin, issue.key);
}
