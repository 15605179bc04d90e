/**
 * The page around an app module shows the issue's status itself (the issue view's status, the portal's
 * request status), and Jira does not update it for changes the viewer made through the app: "When the issue
 * is modified by the user who is currently viewing it, it will not be refreshed" (Forge issue panel,
 * "Events"). So when the status a module shows changes, it asks the page to fetch its data again
 * (`view.refresh()`), and where the page cannot (the bridge throws "this resource's view is not
 * refreshable"), reloads it (`router.reload()`). docs/platform-assumptions.md lists both.
 */
import { events, router, view } from '@forge/bridge';
import { useEffect, useRef } from 'react';

export async function refreshHostPage(): Promise<void> {
  try {
    await view.refresh();
  } catch {
    await router.reload();
  }
}

/** Refreshes the page whenever `status` changes from the one the page was last brought in step with. */
export function usePageInStep(status: string | null): void {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (status === null) return;
    const before = shown.current;
    shown.current = status;
    if (before !== null && before !== status) void refreshHostPage();
  }, [status]);
}

/**
 * Calls `onChange` when Jira tells the issue view's modules the issue changed (`JIRA_ISSUE_CHANGED`: an
 * edit or a comment by someone else, a few seconds late, not guaranteed; polling stays the backstop).
 */
export function useIssueChanged(onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    let cancelled = false;
    let unsubscribe: (() => void) | undefined;
    events
      .on('JIRA_ISSUE_CHANGED', () => {
        latest.current();
      })
      .then(
        (subscription) => {
          if (cancelled) subscription.unsubscribe();
          else
            unsubscribe = () => {
              subscription.unsubscribe();
            };
        },
        () => undefined,
      );
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, []);
}
