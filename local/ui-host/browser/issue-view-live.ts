import { fromHost, type HostEvent } from './bridge-messages';

/**
 * The issue view's own freshness, as Jira's issue view has it (docs/platform-assumptions.md, "Issue view"):
 * - `view.refresh()` from an app module "fetch[es] the data for the parent page again, without performing a
 *   full-page reload": the page fetches itself and swaps its status and Details parts (field frames included);
 *   the calling module keeps its own state.
 * - A change someone else made (another person, or an app as itself) reaches the page after a few seconds:
 *   the same parts are fetched again and every app module hears `JIRA_ISSUE_CHANGED`. The viewer's own
 *   changes do neither ("it will not be refreshed"): an app that changed the issue for the viewer refreshes.
 */
export interface IssueViewLiveConfig {
  issueKey: string;
  issueId: string;
  projectId: string;
  viewerAccountId: string;
  lastChangeId: number;
  changesUrl: string;
}

interface Change {
  id: number;
  authorAccountId: string | null;
}

export const CHANGE_POLL_MS = 2000;

function isChangeList(value: unknown): value is { changes: Change[] } {
  if (typeof value !== 'object' || value === null || !('changes' in value)) return false;
  return Array.isArray(value.changes);
}

/** Fetches the page again and swaps each `data-acab-part` for its fresh version. */
export async function refreshIssueParts(): Promise<void> {
  const response = await fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok)
    throw new Error(`The issue view could not be fetched again (${String(response.status)}).`);
  const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
  for (const part of Array.from(document.querySelectorAll<HTMLElement>('[data-acab-part]'))) {
    const name = part.dataset['acabPart'] ?? '';
    const replacement = fresh.querySelector(`[data-acab-part="${CSS.escape(name)}"]`);
    if (replacement) part.replaceWith(document.importNode(replacement, true));
  }
}

function tellFrames(message: HostEvent): void {
  for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe[data-acab-frame]'))) {
    frame.contentWindow?.postMessage(message, window.location.origin);
  }
}

export function startIssueViewLive(config: IssueViewLiveConfig): void {
  let lastChangeId = config.lastChangeId;
  let busy = false;
  const poll = async () => {
    if (busy || document.visibilityState !== 'visible') return;
    busy = true;
    try {
      const response = await fetch(`${config.changesUrl}?after=${String(lastChangeId)}`, {
        credentials: 'same-origin',
        cache: 'no-store',
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok || !isChangeList(body) || body.changes.length === 0) return;
      lastChangeId = Math.max(lastChangeId, ...body.changes.map((change) => change.id));
      const byOthers = body.changes.filter((change) => change.authorAccountId !== config.viewerAccountId);
      if (byOthers.length === 0) return;
      await refreshIssueParts();
      tellFrames({
        source: fromHost,
        kind: 'event',
        event: 'JIRA_ISSUE_CHANGED',
        payload: {
          issueId: config.issueId,
          projectId: config.projectId,
          changes: byOthers.map((change) => ({
            changeType: 'updated',
            atlassianId: change.authorAccountId ?? '',
          })),
        },
      });
    } finally {
      busy = false;
    }
  };
  window.setInterval(() => {
    void poll().catch(() => undefined);
  }, CHANGE_POLL_MS);
}
