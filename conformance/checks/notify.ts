/**
 * The app emails approvers and requesters through Jira: `POST /rest/api/3/issue/{key}/notify` with
 * `{subject, textBody, htmlBody, to: {users, groupIds, …}}` answers 204 (OpenAPI notify; docs/platform-assumptions.md;
 * the body of src/adapters/jira/jira-app-gateway.ts `notify`). Only the admin running the kit is
 * addressed.
 */
import { SUMMARY_PREFIX } from '../context/check-context';
import { pass, type Check } from './check';

export const notify: Check = {
  id: 'notify',
  title: 'POST /rest/api/3/issue/{key}/notify answers 204',
  async run(ctx) {
    const issue = ctx.ownIssue((await ctx.request('shared request')).key);
    const me = await ctx.account(ctx.people.admin);
    const response = await ctx.http.post(
      ctx.people.admin,
      `/rest/api/3/issue/${encodeURIComponent(issue.key)}/notify`,
      {
        subject: `${SUMMARY_PREFIX} ${issue.key}: notify check`,
        textBody: 'Sent by the Async CAB conformance kit to check Jira notify. Nothing to do.',
        htmlBody: '<p>Sent by the Async CAB conformance kit to check Jira notify. Nothing to do.</p>',
        to: {
          reporter: false,
          assignee: false,
          watchers: false,
          voters: false,
          users: [{ accountId: me.accountId }],
          groupIds: [],
        },
      },
    );
    ctx.expectStatus(response, [204], `POST /rest/api/3/issue/${issue.key}/notify`);
    return pass();
  },
};
