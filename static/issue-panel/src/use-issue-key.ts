/**
 * The issue this panel is shown on. A `jira:issuePanel` gets `extension.issue.key` in its context
 * (docs/platform-assumptions.md); the bridge types `extension` loosely, so the key is checked, not assumed.
 */
import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';

export type IssueKeyState =
  { state: 'loading' } | { state: 'ready'; issueKey: string } | { state: 'failed'; message: string };

function issueKeyOf(extension: unknown): string | null {
  if (typeof extension !== 'object' || extension === null || !('issue' in extension)) return null;
  const issue: unknown = extension.issue;
  if (typeof issue !== 'object' || issue === null || !('key' in issue)) return null;
  return typeof issue.key === 'string' && issue.key !== '' ? issue.key : null;
}

export function useIssueKey(): IssueKeyState {
  const [state, setState] = useState<IssueKeyState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    view.getContext().then(
      (context) => {
        if (!live) return;
        const issueKey = issueKeyOf(context.extension);
        setState(
          issueKey === null
            ? {
                state: 'failed',
                message: 'Jira did not tell the panel which issue it is on. Reload the page.',
              }
            : { state: 'ready', issueKey },
        );
      },
      (error: unknown) => {
        if (!live) return;
        const detail = error instanceof Error ? error.message : String(error);
        setState({ state: 'failed', message: `The panel could not read its context from Jira (${detail}).` });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
