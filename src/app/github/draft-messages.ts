import type { Notification } from '../ports/jira-port';

/** The email a developer gets when a CR drafted from their pull request is theirs to complete. */
export function draftReadyEmail(
  issueKey: string,
  portalUrl: string,
  pullRequestLabel: string,
  accountId: string,
): Notification {
  const ask =
    'Answer what only you can (change type, risk, planned window, consequence of not releasing now, rollback plan, test evidence) and submit it for approval';
  return {
    subject: `${issueKey}: complete the change request drafted from ${pullRequestLabel}`,
    textBody: `Async CAB drafted ${issueKey} from your pull request ${pullRequestLabel}. ${ask}: ${portalUrl}`,
    htmlBody: `<p>Async CAB drafted <a href="${portalUrl}">${issueKey}</a> from your pull request ${pullRequestLabel}.</p><p>${ask}.</p>`,
    groupIds: [],
    accountIds: [accountId],
  };
}
