import { z } from 'zod';
import { emptyResponse } from '../../core/http-types';
import { canBrowse, requireIssue } from '../access';
import { INVALID_PAYLOAD, platformError } from '../errors';
import type { JiraSite } from '../jira-site';
import { jsonBody, route, type Route } from '../router';
import type { EmailRecipient } from '../store/outbox-store';
import type { UserRecord } from '../store/users-store';

const NotifyBodySchema = z.looseObject({
  subject: z.string().optional(),
  textBody: z.string().optional(),
  htmlBody: z.string().optional(),
  to: z
    .looseObject({
      reporter: z.boolean().optional(),
      assignee: z.boolean().optional(),
      watchers: z.boolean().optional(),
      voters: z.boolean().optional(),
      users: z.array(z.looseObject({ accountId: z.string() })).optional(),
      groups: z
        .array(z.looseObject({ name: z.string().optional(), groupId: z.string().optional() }))
        .optional(),
      groupIds: z.array(z.string()).optional(),
    })
    .optional(),
});

/**
 * `POST /issue/{idOrKey}/notify` (docs/platform-assumptions.md): resolves users and groups to email addresses and appends
 * one message to the outbox. Recipients who cannot see the issue are dropped, as Jira's mail queue does.
 */
export function notifyRoutes(site: JiraSite): Route[] {
  return [
    route('POST', '/rest/api/3/issue/:issueIdOrKey/notify', ({ request, actor, params }) => {
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      const body = NotifyBodySchema.safeParse(jsonBody(request));
      if (!body.success) throw platformError(400, [INVALID_PAYLOAD]);
      const to = body.data.to ?? {};
      const candidates: UserRecord[] = [];
      if (to.reporter === true) {
        const reporter = site.users.user(issue.reporter);
        if (reporter) candidates.push(reporter);
      }
      for (const ref of to.users ?? []) {
        const user = site.users.user(ref.accountId);
        if (user === undefined)
          throw platformError(400, [`The user with account ID '${ref.accountId}' does not exist.`]);
        candidates.push(user);
      }
      const groupRefs = [
        ...(to.groups ?? []),
        ...(to.groupIds ?? []).map((groupId) => ({ groupId, name: undefined })),
      ];
      for (const ref of groupRefs) {
        const group =
          ref.groupId !== undefined ? site.users.group(ref.groupId) : site.users.groupByName(ref.name ?? '');
        if (group === undefined)
          throw platformError(400, [`Group '${ref.groupId ?? ref.name ?? ''}' does not exist.`]);
        candidates.push(...site.users.members(group.groupId));
      }
      const recipients = new Map<string, EmailRecipient>();
      for (const user of candidates) {
        if (!user.active || user.email === null || user.accountType === 'app') continue;
        if (!canBrowse(site, { kind: 'user', accountId: user.accountId }, issue)) continue;
        recipients.set(user.accountId, {
          accountId: user.accountId,
          emailAddress: user.email,
          displayName: user.displayName,
        });
      }
      const summary = typeof issue.fields['summary'] === 'string' ? issue.fields['summary'] : '';
      site.outbox.append(
        {
          issueKey: issue.key,
          subject: body.data.subject ?? `${issue.key}: ${summary}`,
          textBody: body.data.textBody ?? '',
          htmlBody: body.data.htmlBody ?? '',
          recipients: [...recipients.values()],
        },
        site.clock.now().getTime(),
      );
      return emptyResponse(204);
    }),
  ];
}
