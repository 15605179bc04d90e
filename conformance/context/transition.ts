/**
 * Moves an issue into a status the way the app does (src/adapters/jira/jira-app-gateway.ts `transitionTo`):
 * `GET /rest/api/3/issue/{key}/transitions`, the transition whose `to.name` is the status, then `POST` it
 * by id (204; docs/platform-assumptions.md). If the app moved the issue in between (its own created-event handling),
 * the list is read again once.
 */
import { Prerequisite } from '../checks/check';
import { describeResponse } from '../http/jira-http';
import { StatusOfIssueSchema, TransitionsSchema } from '../http/jira-shapes';
import type { CheckContext } from './check-context';

export async function statusOf(ctx: CheckContext, issueKey: string): Promise<string> {
  const path = `/rest/api/3/issue/${encodeURIComponent(issueKey)}?fields=status`;
  const response = await ctx.http.get(ctx.people.admin, path);
  ctx.expectStatus(response, [200], `GET /rest/api/3/issue/${issueKey}`);
  return ctx.body(StatusOfIssueSchema, response, `GET /rest/api/3/issue/${issueKey}`).fields.status.name;
}

export async function transitionTo(ctx: CheckContext, issueKey: string, statusName: string): Promise<void> {
  const key = ctx.ownIssue(issueKey).key;
  const path = `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`;
  for (let attempt = 0; attempt < 2; attempt++) {
    const listed = await ctx.http.get(ctx.people.admin, path);
    ctx.expectStatus(listed, [200], `GET ${path}`);
    const { transitions } = ctx.body(TransitionsSchema, listed, `GET ${path}`);
    const transition = transitions.find((candidate) => candidate.to.name === statusName);
    if (transition === undefined) {
      const from = await statusOf(ctx, key);
      throw new Prerequisite(
        `no transition from "${from}" to "${statusName}" (offered: ${transitions.map((t) => `${t.id} → ${t.to.name}`).join(', ') || 'none'}); the workflow decides, see --approval-status`,
      );
    }
    const moved = await ctx.http.post(ctx.people.admin, path, { transition: { id: transition.id } });
    if (moved.status === 204) return;
    if (moved.status !== 400 || attempt > 0) {
      ctx.expectStatus(moved, [204], `POST ${path} {transition: {id: "${transition.id}"}}`);
    }
    ctx.runNotes.push(
      `transition ${transition.id} of ${key} was refused once, read again: ${describeResponse(moved)}`,
    );
  }
}
