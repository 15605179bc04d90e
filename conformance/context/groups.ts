/**
 * Groups as the app reads them: the id by name (`GET /rest/api/3/group/bulk?groupName=`, OpenAPI
 * bulkGetGroups) and the members (`GET /rest/api/3/group/member?groupId=`, 50 a page, `isLast`;
 * docs/platform-assumptions.md, src/adapters/jira/jira-app-gateway.ts `groupMembers`).
 */
import { Prerequisite } from '../checks/check';
import { withQuery } from '../http/jira-http';
import { GroupBulkSchema, GroupMemberPageSchema } from '../http/jira-shapes';
import type { CheckContext } from './check-context';

export async function groupIdByName(ctx: CheckContext, name: string): Promise<string> {
  const response = await ctx.http.get(
    ctx.people.admin,
    withQuery('/rest/api/3/group/bulk', { groupName: name }),
  );
  ctx.expectStatus(response, [200], `GET /rest/api/3/group/bulk?groupName=${name}`);
  const group = ctx
    .body(GroupBulkSchema, response, 'GET /rest/api/3/group/bulk')
    .values.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  if (group === undefined) throw new Prerequisite(`the site has no group named "${name}"`);
  return group.groupId;
}

/** Active members that are people (an app user is never an approver). */
export async function groupMemberIds(ctx: CheckContext, groupId: string): Promise<string[]> {
  const members: string[] = [];
  for (let startAt = 0; startAt < 1000; startAt += 50) {
    const response = await ctx.http.get(
      ctx.people.admin,
      withQuery('/rest/api/3/group/member', { groupId, startAt, maxResults: 50 }),
    );
    ctx.expectStatus(response, [200], 'GET /rest/api/3/group/member');
    const page = ctx.body(GroupMemberPageSchema, response, 'GET /rest/api/3/group/member');
    members.push(...page.values.filter((user) => user.accountType !== 'app').map((user) => user.accountId));
    if (page.isLast !== false || page.values.length === 0) break;
  }
  return members;
}
