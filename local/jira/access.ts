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

/**
 * Members of the project's agent groups (service desk team) with a JSM agent licence, and the app, act as agents.
 * A person without a JSM licence is never an agent, whatever their groups: JSM's agents are its licensed users
 * (https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/).
 */
export function isAgent(site: JiraSite, actor: Actor, projectId: string): boolean {
  if (actor.kind === 'app') return true;
  if (site.users.licenceOf(actor.accountId) !== 'jsm') return false;
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

/**
 * Who may raise a request on a service desk's portal: its agents, anyone with a Jira or JSM licence on the site, and
 * the portal-only customers the desk lists. *Inferred*: the demo site's customer permissions ("who can raise
 * requests") are modelled as "customers added to the project, and licensed users of the site".
 */
export function canRaiseRequest(
  site: JiraSite,
  actor: Actor,
  serviceDeskId: string,
  projectId: string,
): boolean {
  if (isAgent(site, actor, projectId)) return true;
  const licence = site.users.licenceOf(actor.accountId);
  if (licence === 'jsm' || licence === 'jira') return true;
  return licence === 'customer' && site.projects.isCustomer(serviceDeskId, actor.accountId);
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
