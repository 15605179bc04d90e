/**
 * One click to the change request's issue view, where its approval panel is. Custom UI frames may not
 * navigate the page themselves (no top navigation in Forge's sandbox, docs/platform-assumptions.md), so Jira
 * is asked to (`router.navigate` with the `issue` target, @forge/bridge router).
 */
import { router } from '@forge/bridge';

export function openIssue(issueKey: string): void {
  void router.navigate({ target: 'issue', issueKey });
}

export function openBoardPage(): void {
  void router.navigate({ target: 'module', moduleKey: BOARD_PAGE_MODULE_KEY });
}

/** manifest.yml `jira:globalPage` key. */
export const BOARD_PAGE_MODULE_KEY = 'cab-board';
