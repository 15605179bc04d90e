/**
 * "on submit every emergency approver is paged at once". One Jira notify addressed to each
 * emergency approver by account id (so each gets an email even where group notifications are filtered) and
 * one urgent chat line that mentions every one of them. Two steps of routing (src/app/ensure-routed.ts),
 * each taken off the ledger once done, so a resume pages nobody twice.
 */
import type { ChangeRequest } from '../../domain/change-request';
import type { RoutingResult } from '../../domain/routing';
import type { AppDeps } from '../app-deps';
import { chatText, joinChat } from '../chat-text';
import type { JiraPerson } from '../ports/jira-port';
import { approvalRequestChat, approvalRequestEmail, type MessagePolicy } from '../route-messages';
import { chatMention } from './chat-mention';

/** The email: one notify to every emergency approver by account id. */
export async function pageByEmail(
  deps: AppDeps,
  issueKey: string,
  cr: ChangeRequest,
  routing: RoutingResult,
  link: string,
  approvers: readonly JiraPerson[],
  policy: MessagePolicy,
  windowFlagLines: readonly string[] = [],
): Promise<void> {
  const email = approvalRequestEmail(issueKey, cr, routing, link, policy, windowFlagLines);
  await deps.jira.notify(issueKey, {
    ...email,
    groupIds: [],
    accountIds: approvers.map((person) => person.accountId),
  });
}

/** The urgent chat line that mentions every emergency approver. */
export async function pageInChat(
  deps: AppDeps,
  issueKey: string,
  cr: ChangeRequest,
  routing: RoutingResult,
  link: string,
  approvers: readonly JiraPerson[],
): Promise<void> {
  const mentions = joinChat(approvers.map(chatMention), ' ');
  await deps.chat.post({
    text: chatText`${approvalRequestChat(issueKey, cr, routing, link)}\nPaging ${mentions}`,
    urgent: true,
    issueKey,
  });
}

/** Members of every routed (ECAB) group, once each; JSM leaves the requester out of the approvers too. */
export async function emergencyApprovers(
  deps: AppDeps,
  routing: RoutingResult,
  requesterAccountId: string,
): Promise<JiraPerson[]> {
  const people = new Map<string, JiraPerson>();
  for (const group of routing.groups) {
    for (const member of await deps.jira.groupMembers(group.groupId)) {
      if (member.accountId !== requesterAccountId) people.set(member.accountId, member);
    }
  }
  return [...people.values()];
}
