import type { IssueSnapshot } from '../../../src/app/ports/jira-port';

/** An issue snapshot as the Jira ports answer it; override what a test needs. */
export function makeIssueSnapshot(
  overrides: { key?: string; summary?: string; status?: string } = {},
): IssueSnapshot {
  const key = overrides.key ?? 'CHG-1';
  return {
    id: '10000',
    key,
    projectKey: 'CHG',
    summary: overrides.summary ?? 'Rotate the payments API keys',
    description: '',
    status: { id: '3', name: overrides.status ?? 'Waiting for support', category: 'indeterminate' },
    reporter: { accountId: 'dana-id', displayName: 'Dana Lee' },
    created: '2026-12-01T09:00:00.000+0000',
    requestType: { id: '10', name: 'Change', portalId: '1' },
    browseUrl: `https://acme.atlassian.net/browse/${key}`,
    cabFields: {},
  };
}
