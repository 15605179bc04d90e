import type { CallerIdentity } from '../core/http-types';
import { errorFor, ISSUE_NOT_FOUND, platformError } from './errors';
import { APP_ACCOUNT_ID, type JiraSite } from './jira-site';
import type { IssueRecord } from './store/issues-store';

/** A caller the site knows. The app bot acts with admin rights, as a Forge app with `manage:jira-*` scopes would. */
export type Actor = { kind: 'app'; accountId: string } | { kind: 'user'; accountId: string };

const UNAUTHENTICATED = 'Client must be authenticated to access this resource.';

/** Jira answers 401 to a missing or unknown identity, whatever the endpoint. */
export function resolveActor(site: JiraSite, caller: CallerIdentity, path: string): Actor {
  if (caller.kind === 'app') return { kind: 'app', accountId: APP_ACCOUNT_ID };
  if (caller.kind === 'user') {
    const user = site.users.user(caller.accountId);
    if (user?.active === true) return { kind: 'user', accountId: user.accountId };
  }
  throw errorFor(path, 401, UNAUTHENTICATED, 'sd.security.authentication.required');
}

/** Members of the project's agent groups (service desk team) and the app act as agents. */
export function isAgent(site: JiraSite, actor: Actor, projectId: string): boolean {
  if (actor.kind === 'app') return true;
  const agentGroups = new Set(site.projects.agentGroupIds(projectId));
  return site.users.groupsOf(actor.accountId).some((group) => agentGroups.has(group.groupId));
}

/** Customers see their own requests; agents see the project; approvers see what they are asked to approve. */
export function canBrowse(site: JiraSite, actor: Actor, issue: IssueRecord): boolean {
  if (isAgent(site, actor, issue.projectId) || issue.reporter === actor.accountId) return true;
  return site.approvals
    .forIssue(issue.id)
    .some((approval) => approval.approvers.some((approver) => approver.accountId === actor.accountId));
}

/** The issue if the caller may see it; otherwise Jira's 404, which never reveals that the issue exists. */
export function requireIssue(site: JiraSite, actor: Actor, idOrKey: string, path: string): IssueRecord {
  const issue = site.issues.find(idOrKey);
  if (issue === undefined || !canBrowse(site, actor, issue)) {
    throw errorFor(path, 404, ISSUE_NOT_FOUND, 'sd.request.error.not.found');
  }
  return issue;
}

export function requireAgent(site: JiraSite, actor: Actor, issue: IssueRecord, action: string): void {
  if (!isAgent(site, actor, issue.projectId)) {
    throw platformError(403, [`You do not have permission to ${action} in this project.`]);
  }
}
