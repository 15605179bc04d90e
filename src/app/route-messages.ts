import type { ChangeRequest } from '../domain/change-request';
import type { RoutingResult } from '../domain/routing';
import { chatLink, chatText, type ChatText } from './chat-text';
import type { Notification } from './ports/jira-port';

const typeLabel = { standard: 'Standard', normal: 'Normal', emergency: 'Emergency' } as const;

/** The email (Jira notify) approvers get when a CR is routed to them. */
export function approvalRequestEmail(
  issueKey: string,
  cr: ChangeRequest,
  routing: RoutingResult,
  link: string,
): Notification {
  const groups = routing.groups.map((group) => `${group.name} (${String(group.approvalsNeeded)})`).join(', ');
  const silence =
    routing.silenceIsConsent === null
      ? ''
      : `\nSilence is consent: if nobody objects or declines by ${routing.silenceIsConsent.objectionDeadline}, this change is approved. To object, use "Object" in the issue's Change approval panel.`;
  const lines = [
    `${typeLabel[cr.changeType]} change ${issueKey} needs your approval: ${cr.summary}`,
    `Systems: ${cr.affectedSystems.join(', ')} · Risk: ${cr.risk}`,
    `Planned window: ${cr.plannedWindow.start} to ${cr.plannedWindow.end} (${cr.plannedWindow.timeZone})`,
    `Approver groups: ${groups}`,
    `Please answer by ${routing.deadline}.${silence}`,
    `Open it: ${link}`,
  ];
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    subject: `${routing.changeType === 'emergency' ? '[EMERGENCY] ' : ''}Approval needed: ${issueKey} ${cr.summary}`,
    textBody: lines.join('\n'),
    htmlBody: lines.map((line) => `<p>${escape(line)}</p>`).join(''),
    groupIds: routing.groups.map((group) => group.groupId),
    accountIds: [],
  };
}

/** The team-channel message for a routed CR; emergency ones are urgent. */
export function approvalRequestChat(
  issueKey: string,
  cr: ChangeRequest,
  routing: RoutingResult,
  link: string,
): ChatText {
  const groups = routing.groups.map((group) => group.name).join(', ');
  const prefix = routing.changeType === 'emergency' ? ':rotating_light: URGENT emergency change' : 'Change';
  // The objection window is announced up front, in the channel as in the email.
  const silence =
    routing.silenceIsConsent === null
      ? ''
      : ` Silence is consent: approved unless someone declines or objects by ${routing.silenceIsConsent.objectionDeadline}.`;
  return chatText`${prefix} ${issueKey} needs approval from ${groups}: ${cr.summary} (risk ${cr.risk}; answer by ${routing.deadline})${silence} ${chatLink(link)}`;
}
