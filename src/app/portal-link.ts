import type { IssueSnapshot } from './ports/jira-port';

/**
 * Where a requester opens their request on the customer portal: `<site>/servicedesk/customer/portal/<portal
 * id>/<key>` (JSM's `_links.web` of a request, docs/platform-assumptions.md); the agent view when there is no portal.
 */
export function portalLinkOf(issue: Pick<IssueSnapshot, 'key' | 'browseUrl' | 'requestType'>): string {
  const portalId = issue.requestType?.portalId;
  if (portalId === null || portalId === undefined) return issue.browseUrl;
  const site = new URL(issue.browseUrl).origin;
  return `${site}/servicedesk/customer/portal/${encodeURIComponent(portalId)}/${encodeURIComponent(issue.key)}`;
}
