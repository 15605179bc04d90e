/**
 * The approval request as the approvers read it, by email and in the team channel: the change type and risk
 * in words, systems and groups by their names, every time in its zone and naming it (the planned window in
 * the zone it was planned in, the deadline in the zone of the group whose clock gave it).
 */
import { changeTypeWords, severityWords, type ChangeRequest } from '../domain/change-request';
import {
  adfToEmailHtml,
  formatDisplayTime,
  formatDisplayWindow,
  heading,
  link as linkTo,
  panel,
  paragraph,
  table,
  text,
  type AdfDocument,
} from '../domain/decision-record';
import { systemNames } from '../domain/policy/system-names';
import type { Policy } from '../domain/policy';
import { deadlineTimeZone, type RoutingResult } from '../domain/routing';
import { chatLink, chatText, type ChatText } from './chat-text';
import { deadlineAfterWindowStartText } from './deadline-warning';
import type { Notification } from './ports/jira-port';

/** What the messages need from the policy: the systems' names. */
export type MessagePolicy = Pick<Policy, 'systems'>;

const plural = (count: number, noun: string) => `${String(count)} ${noun}${count === 1 ? '' : 's'}`;

/** The email (Jira notify) approvers get when a CR is routed to them. */
export function approvalRequestEmail(
  issueKey: string,
  cr: ChangeRequest,
  routing: RoutingResult,
  link: string,
  policy: MessagePolicy,
  /** The window's freezes and clashes, one sentence each (src/app/window-flags-for-approvers.ts). */
  windowFlagLines: readonly string[] = [],
): Notification {
  const zone = deadlineTimeZone(routing, cr.plannedWindow.timeZone);
  const groups = routing.groups
    .map((group) => `${group.name} (${plural(group.approvalsNeeded, 'approval')})`)
    .join(', ');
  const silence =
    routing.silenceIsConsent === null
      ? []
      : [
          `Silence is consent: if nobody objects or declines by ${formatDisplayTime(routing.silenceIsConsent.objectionDeadline, zone)}, this change is approved. To object, use "Object" in the issue's Change approval panel.`,
        ];
  const warning = deadlineAfterWindowStartText(cr, routing);
  const window = cr.plannedWindow;
  const headline = `${changeTypeWords(cr.changeType)} change ${issueKey} needs your approval: ${cr.summary}`;
  const facts: [string, string][] = [
    ['Systems', systemNames(policy, cr.affectedSystems).join(', ')],
    ['Risk', severityWords(cr.risk)],
    ['Planned window', formatDisplayWindow(window.start, window.end, window.timeZone)],
    ['Approver groups', groups],
    ['Please answer by', formatDisplayTime(routing.deadline, zone)],
  ];
  const notes = [...(warning === null ? [] : [`Note: ${warning}`]), ...windowFlagLines];
  const lines = [
    headline,
    `Systems: ${facts[0]?.[1] ?? ''} · Risk: ${facts[1]?.[1] ?? ''}`,
    `Planned window: ${facts[2]?.[1] ?? ''}`,
    `Approver groups: ${groups}`,
    `Please answer by ${formatDisplayTime(routing.deadline, zone)}.`,
    ...notes,
    ...silence,
    `Open it: ${link}`,
  ];
  // The same words, formatted: the facts as a table, notes and the objection window as panels.
  const doc: AdfDocument = {
    type: 'doc',
    version: 1,
    content: [
      heading(2, headline),
      table(
        ['Change', issueKey],
        facts.map(([label, value]) => [text(label, 'strong'), text(value)]),
      ),
      ...notes.map((note) =>
        panel(note.startsWith('Not allowed') ? 'error' : 'warning', [paragraph(text(note))]),
      ),
      ...silence.map((line) => panel('info', [paragraph(text(line))])),
      paragraph(text('Open it: '), linkTo(link, link)),
    ],
  };
  return {
    subject: `${routing.changeType === 'emergency' ? '[EMERGENCY] ' : ''}Approval needed: ${issueKey} ${cr.summary}`,
    textBody: lines.join('\n'),
    htmlBody: adfToEmailHtml(doc),
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
  windowFlagLines: readonly string[] = [],
): ChatText {
  const zone = deadlineTimeZone(routing, cr.plannedWindow.timeZone);
  const groups = routing.groups.map((group) => group.name).join(', ');
  const prefix = routing.changeType === 'emergency' ? ':rotating_light: URGENT emergency change' : 'Change';
  // The objection window is announced up front, in the channel as in the email.
  const silence =
    routing.silenceIsConsent === null
      ? ''
      : ` Silence is consent: approved unless someone declines or objects by ${formatDisplayTime(routing.silenceIsConsent.objectionDeadline, zone)}.`;
  const warning = deadlineAfterWindowStartText(cr, routing);
  const note = [...(warning === null ? [] : [`Note: ${warning}`]), ...windowFlagLines]
    .map((line) => ` ${line}`)
    .join('');
  return chatText`${prefix} ${issueKey} needs approval from ${groups}: ${cr.summary} (${severityWords(cr.risk).toLowerCase()} risk; answer by ${formatDisplayTime(routing.deadline, zone)})${silence}${note} ${chatLink(link)}`;
}
