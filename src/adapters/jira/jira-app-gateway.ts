/** JiraAppPort over `asApp()`: what the app does on its own authority (routing, records, notifications). */
import api, { route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { JiraAppPort, JiraPerson } from '../../app/ports/jira-port';
import { writeCabFields } from './app-field-writer';
import { KEYS } from '../kvs/storage-keys';
import { approverGroupsFieldId, fieldIds } from './field-catalog';
import { readIssueSnapshot } from './issue-snapshot';
import { JiraRest, type JiraRestOptions } from './jira-rest';
import { recentGroupMembers } from './recent-group-members';
import { adfToPlainText } from './adf-text';
import {
  CommentBodySchema,
  CommentCreatedSchema,
  CommentPageSchema,
  GroupMemberPageSchema,
  TransitionsSchema,
} from './jira-schemas';

export function createJiraAppGateway(options: JiraRestOptions = {}): JiraAppPort {
  const jira = new JiraRest(api.asApp(), options);
  return {
    getIssue: (issueKey) => readIssueSnapshot(jira, issueKey, () => fieldIds(jira)),

    async setApproverGroups(issueKey, groupIds) {
      const ids = await fieldIds(jira);
      await jira.send(
        route`/rest/api/3/issue/${issueKey}`,
        {
          method: 'PUT',
          body: JSON.stringify({
            fields: { [approverGroupsFieldId(ids)]: groupIds.map((groupId) => ({ groupId })) },
          }),
        },
        [204],
      );
    },

    setCabFields: (issue, values) => writeCabFields(jira, issue.id, values),

    async setSummary(issueKey, summary) {
      await jira.send(
        route`/rest/api/3/issue/${issueKey}`,
        { method: 'PUT', body: JSON.stringify({ fields: { summary } }) },
        [204],
      );
    },

    async transitionTo(issue, statusName) {
      const issueKey = issue.key;
      if (issue.status.name === statusName) return 'already-there';
      const cacheKey = KEYS.transition(issue.projectKey, issue.status.id, statusName);
      const cached = z.string().safeParse(await kvs.get(cacheKey));
      let transitionId = cached.success ? cached.data : undefined;
      if (transitionId === undefined) {
        const { transitions } = await jira.json(
          TransitionsSchema,
          route`/rest/api/3/issue/${issueKey}/transitions`,
        );
        transitionId = transitions.find((transition) => transition.to.name === statusName)?.id;
        if (transitionId === undefined) return 'unavailable';
        await kvs.set(cacheKey, transitionId, { ttl: { value: 1, unit: 'DAYS' } });
      }
      const moved = await jira.send(
        route`/rest/api/3/issue/${issueKey}/transitions`,
        { method: 'POST', body: JSON.stringify({ transition: { id: transitionId } }) },
        [204, 400],
      );
      if (moved.status === 400) {
        // The cached transition no longer applies (workflow edited): forget it and let the caller report it.
        await moved.text();
        await kvs.delete(cacheKey);
        return 'unavailable';
      }
      return 'moved';
    },

    async addInternalComment(issueKey, body) {
      const created = await jira.json(
        CommentCreatedSchema,
        route`/rest/api/3/issue/${issueKey}/comment`,
        {
          method: 'POST',
          // Platform comments on JSM issues are public unless marked internal (docs/platform-assumptions.md).
          body: JSON.stringify({
            body,
            properties: [{ key: 'sd.public.comment', value: { internal: true } }],
          }),
        },
        [201],
      );
      return created.id;
    },

    findComment: (issueKey, texts) => findComment(jira, issueKey, texts),

    async commentBody(issueKey, commentId) {
      // OpenAPI `getComment`; a comment deleted since is simply not there.
      const response = await jira.send(
        route`/rest/api/3/issue/${issueKey}/comment/${commentId}`,
        {},
        [200, 404],
      );
      if (response.status === 404) {
        await response.text();
        return null;
      }
      const comment = CommentBodySchema.parse(await response.json());
      return comment.body;
    },

    async notify(issueKey, notification) {
      await jira.send(
        route`/rest/api/3/issue/${issueKey}/notify`,
        {
          method: 'POST',
          body: JSON.stringify({
            subject: notification.subject,
            textBody: notification.textBody,
            htmlBody: notification.htmlBody,
            to: {
              reporter: false,
              assignee: false,
              watchers: false,
              voters: false,
              users: notification.accountIds.map((accountId) => ({ accountId })),
              groupIds: notification.groupIds,
            },
          }),
        },
        [204],
      );
    },

    async getApprovals(issueKey) {
      const response = await jira.send(route`/rest/servicedeskapi/request/${issueKey}/approval`);
      const body: unknown = await response.json();
      return body;
    },

    groupMembers: (groupId) => readGroupMembers(jira, groupId),

    recentGroupMembers: (groupId) => recentGroupMembers(groupId, () => readGroupMembers(jira, groupId)),
  };
}

/** Every page of the group's members (at most 1000 people; `maxResults` is at most 50: docs/platform-assumptions.md). */
async function readGroupMembers(jira: JiraRest, groupId: string): Promise<JiraPerson[]> {
  const members: JiraPerson[] = [];
  for (let startAt = 0; startAt < 1000; startAt += 50) {
    const page = await jira.json(
      GroupMemberPageSchema,
      route`/rest/api/3/group/member?groupId=${groupId}&startAt=${String(startAt)}&maxResults=50`,
    );
    members.push(
      ...page.values.map((person) => ({ accountId: person.accountId, displayName: person.displayName })),
    );
    if (page.isLast !== false || page.values.length === 0) break;
  }
  return members;
}

/** Comments read per page while looking for one; newest first, since the one looked for is recent. */
const COMMENT_PAGE = 50;

/**
 * The newest comment whose plain text holds every one of `texts` (OpenAPI `getComments`, `orderBy=-created`).
 * Pages on until one matches or none are left: only a resume reads this (docs/architecture.md, "Resumable steps").
 */
async function findComment(
  jira: JiraRest,
  issueKey: string,
  texts: readonly string[],
): Promise<string | null> {
  for (let startAt = 0; ; startAt += COMMENT_PAGE) {
    const page = await jira.json(
      CommentPageSchema,
      route`/rest/api/3/issue/${issueKey}/comment?orderBy=-created&startAt=${String(startAt)}&maxResults=${String(COMMENT_PAGE)}`,
    );
    const found = page.comments.find((comment) => {
      const plain = adfToPlainText(comment.body);
      return texts.every((text) => plain.includes(text));
    });
    if (found !== undefined) return found.id;
    const total = page.total ?? startAt + page.comments.length;
    if (page.comments.length === 0 || startAt + page.comments.length >= total) return null;
  }
}
