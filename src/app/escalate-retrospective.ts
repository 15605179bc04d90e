/**
 * "an overdue retrospective approval escalates to the change manager". A break-glass CR
 * whose ECAB answers are not all in by its retrospective deadline is escalated once: Jira notify to the
 * policy's escalation group (the change managers), an urgent chat line, and `escalatedAt` on the ledger.
 * Exported for the deadline sweep; safe to call any number of times (escalates at most once per CR).
 */
import { formatDisplayTime } from '../domain/decision-record';
import type { AppDeps } from './app-deps';
import { chatLink, chatText } from './chat-text';
import type { RetrospectiveIndex } from './ports/emergency-ports';

export type RetrospectiveEscalation = 'escalated' | 'already-escalated' | 'not-due' | 'not-break-glass';

export async function escalateRetrospectiveIfOverdue(
  deps: AppDeps,
  issueKey: string,
): Promise<RetrospectiveEscalation> {
  const entry = await deps.ledger.get(issueKey);
  const breakGlass = entry?.breakGlass;
  if (entry === undefined || breakGlass === undefined || entry.routing === null) return 'not-break-glass';
  if (entry.status !== 'implemented-before-approval') return 'not-break-glass';
  if (breakGlass.escalatedAt !== undefined) return 'already-escalated';
  const now = deps.clock.now();
  if (Date.parse(breakGlass.retrospectiveDeadline) > now.getTime()) return 'not-due';
  const target = entry.routing.escalation;
  const summary = entry.changeRequest?.summary ?? entry.issueKey;
  // In the emergency approvers' zone, as the break-glass record tells these times.
  const when = (iso: string) => formatDisplayTime(iso, entry.routing?.groups[0]?.timeZone ?? 'UTC');
  const lines = [
    `${entry.issueKey} was implemented before approval by ${breakGlass.byName} on ${when(breakGlass.at)}.`,
    `Reason given: ${breakGlass.reason}`,
    `The emergency approvers had until ${when(breakGlass.retrospectiveDeadline)} to approve it retrospectively, and not all of them have.`,
    `Please follow up: ${entry.issueUrl}`,
  ];
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (target.groupId !== '')
    await deps.jira.notify(entry.issueKey, {
      subject: `[ESCALATION] Retrospective approval overdue: ${entry.issueKey} ${summary}`,
      textBody: lines.join('\n'),
      htmlBody: lines.map((line) => `<p>${escape(line)}</p>`).join(''),
      groupIds: [target.groupId],
      accountIds: [],
    });
  await deps.chat.post({
    text: chatText`:warning: Retrospective approval of ${entry.issueKey} is overdue (deadline ${when(breakGlass.retrospectiveDeadline)}); escalated to ${target.name}. ${chatLink(entry.issueUrl)}`,
    urgent: true,
    issueKey: entry.issueKey,
  });
  await deps.ledger.put({ ...entry, breakGlass: { ...breakGlass, escalatedAt: now.toISOString() } });
  return 'escalated';
}

/** Every overdue break-glass CR; a failure on one CR does not stop the others. */
export async function escalateOverdueRetrospectives(
  deps: AppDeps,
  index: RetrospectiveIndex,
): Promise<{ escalated: string[]; failed: { issueKey: string; error: unknown }[] }> {
  const escalated: string[] = [];
  const failed: { issueKey: string; error: unknown }[] = [];
  for (const issueKey of await index.overdue(deps.clock.now().getTime())) {
    try {
      if ((await escalateRetrospectiveIfOverdue(deps, issueKey)) === 'escalated') escalated.push(issueKey);
    } catch (error) {
      failed.push({ issueKey, error });
    }
  }
  return { escalated, failed };
}
