/**
 * The board shows only change requests the viewer could open in Jira (as the issue panel does, reading the
 * issue as the viewer): every one in a project they may browse, one Jira call per project; elsewhere only
 * those they raised or JSM asks them to approve (a JSM customer sees their own requests and those they
 * approve: docs/platform-assumptions.md).
 */
import type { LedgerEntry } from '../ports/store-ports';
import type { BoardViewerPort } from './board-ports';

/** `CHG-12` -> `CHG`: a Jira issue key is the project key, '-', the issue number. */
export const projectKeyOf = (issueKey: string): string => issueKey.slice(0, issueKey.lastIndexOf('-'));

export async function visibleEntries(
  viewer: BoardViewerPort,
  entries: readonly LedgerEntry[],
  viewerAccountId: string,
  pendingForViewer: () => Promise<ReadonlySet<string>>,
): Promise<LedgerEntry[]> {
  const browsable = new Map<string, boolean>();
  for (const projectKey of new Set(entries.map((entry) => projectKeyOf(entry.issueKey)))) {
    browsable.set(projectKey, await viewer.mayBrowseProject(projectKey));
  }
  const hidden = entries.filter((entry) => browsable.get(projectKeyOf(entry.issueKey)) !== true);
  const pending = hidden.length === 0 ? new Set<string>() : await pendingForViewer();
  return entries.filter(
    (entry) =>
      browsable.get(projectKeyOf(entry.issueKey)) === true ||
      entry.changeRequest?.requester.accountId === viewerAccountId ||
      pending.has(entry.issueKey),
  );
}
