/** Wording of the sweeps' emails (Jira notify) and chat lines. */
import type { LedgerEntry } from '../ports/store-ports';
import type { Notification } from '../ports/jira-port';
import { chatLink, chatText, type ChatText } from '../chat-text';

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function email(subject: string, lines: string[], to: { groupIds?: string[]; accountIds?: string[] }) {
  const notification: Notification = {
    subject,
    textBody: lines.join('\n'),
    htmlBody: lines.map((line) => `<p>${escape(line)}</p>`).join(''),
    groupIds: to.groupIds ?? [],
    accountIds: to.accountIds ?? [],
  };
  return notification;
}

const summaryOf = (entry: LedgerEntry) => entry.changeRequest?.summary ?? entry.issueKey;

/** Silence-eligible CRs say when silence turns into approval, so the reminder doubles as the last call. */
function silenceLine(entry: LedgerEntry): string[] {
  const silence = entry.routing?.silenceIsConsent;
  return silence == null
    ? []
    : [
        `Silence is consent: unless someone declines or objects (the Object button in the issue panel) by ${silence.objectionDeadline}, this change is approved.`,
      ];
}

export function reminderEmail(entry: LedgerEntry, accountIds: string[]): Notification {
  const deadline = entry.routing?.deadline ?? '';
  return email(
    `Reminder: approval needed for ${entry.issueKey} ${summaryOf(entry)}`,
    [
      `${entry.issueKey} is still waiting for your answer: ${summaryOf(entry)}`,
      `Please answer by ${deadline}.`,
      ...silenceLine(entry),
      `Open it: ${entry.issueUrl}`,
    ],
    { accountIds },
  );
}

export function reminderChat(entry: LedgerEntry, names: string[]): ChatText {
  const silence = entry.routing?.silenceIsConsent;
  const silenceText = silence == null ? '' : ` Silence is consent after ${silence.objectionDeadline}.`;
  return chatText`Reminder: ${entry.issueKey} still needs an answer from ${names.join(', ')} by ${entry.routing?.deadline ?? ''}.${silenceText} ${chatLink(entry.issueUrl)}`;
}

export function escalationEmail(entry: LedgerEntry, groupId: string, lateGroups: string[]): Notification {
  return email(
    `[OVERDUE] Approval overdue: ${entry.issueKey} ${summaryOf(entry)}`,
    [
      `${entry.issueKey} was due for approval by ${entry.routing?.deadline ?? ''} and is still waiting.`,
      `Groups that have not answered: ${lateGroups.join(', ')}.`,
      'You are its escalation contact: please chase the approvers or decide how to proceed.',
      `Open it: ${entry.issueUrl}`,
    ],
    { groupIds: [groupId] },
  );
}

export function escalationChat(entry: LedgerEntry, escalatedTo: string, lateGroups: string[]): ChatText {
  return chatText`:warning: ${entry.issueKey} is overdue for approval (due ${entry.routing?.deadline ?? ''}; waiting for ${lateGroups.join(', ')}); escalated to ${escalatedTo}. ${chatLink(entry.issueUrl)}`;
}
