/** Wording of the sweeps' emails (Jira notify) and chat lines. */
import type { LedgerEntry } from '../ports/store-ports';
import type { Notification } from '../ports/jira-port';
import { chatLink, chatText, type ChatText } from '../chat-text';
import { formatDisplayTime } from '../../domain/decision-record';
import { deadlineTimeZone } from '../../domain/routing';

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

/** A time of the CR as its approvers read it: in the zone of the group whose clock gave the deadline. */
function timeOf(entry: LedgerEntry, iso: string | undefined): string {
  if (iso === undefined) return 'its deadline';
  const routing = entry.routing;
  const zone =
    routing === null ? 'UTC' : deadlineTimeZone(routing, entry.changeRequest?.plannedWindow.timeZone);
  return formatDisplayTime(iso, zone);
}

/** Silence-eligible CRs say when silence turns into approval, so the reminder doubles as the last call. */
function silenceLine(entry: LedgerEntry): string[] {
  const silence = entry.routing?.silenceIsConsent;
  return silence == null
    ? []
    : [
        `Silence is consent: unless someone declines or objects (the Object button in the issue panel) by ${timeOf(entry, silence.objectionDeadline)}, this change is approved.`,
      ];
}

export function reminderEmail(entry: LedgerEntry, accountIds: string[]): Notification {
  const deadline = timeOf(entry, entry.routing?.deadline);
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
  const silenceText =
    silence == null ? '' : ` Silence is consent after ${timeOf(entry, silence.objectionDeadline)}.`;
  return chatText`Reminder: ${entry.issueKey} still needs an answer from ${names.join(', ')} by ${timeOf(entry, entry.routing?.deadline)}.${silenceText} ${chatLink(entry.issueUrl)}`;
}

export function escalationEmail(entry: LedgerEntry, groupId: string, lateGroups: string[]): Notification {
  return email(
    `[OVERDUE] Approval overdue: ${entry.issueKey} ${summaryOf(entry)}`,
    [
      `${entry.issueKey} was due for approval by ${timeOf(entry, entry.routing?.deadline)} and is still waiting.`,
      `Groups that have not answered: ${lateGroups.join(', ')}.`,
      'You are its escalation contact: please chase the approvers or decide how to proceed.',
      `Open it: ${entry.issueUrl}`,
    ],
    { groupIds: [groupId] },
  );
}

export function escalationChat(entry: LedgerEntry, escalatedTo: string, lateGroups: string[]): ChatText {
  return chatText`:warning: ${entry.issueKey} is overdue for approval (due ${timeOf(entry, entry.routing?.deadline)}; waiting for ${lateGroups.join(', ')}); escalated to ${escalatedTo}. ${chatLink(entry.issueUrl)}`;
}
