/**
 * Reminders to the approvers still pending: each routed group has reminder instants
 * (routing's `reminderTimes`, e.g. 50 % and 90 % of its business-hour window). When a sweep finds one due,
 * it reminds that group's pending members, at most once per person per `minimumGapHours` (policy), and
 * records what it sent so a second sweep run sends nothing new.
 */
import type { ApprovalState } from '../../domain/approval';
import { reminderMomentKey } from '../../domain/routing/next-due-at';
import type { LedgerEntry } from '../ports/store-ports';
import type { SentReminder, SweepState } from '../ports/sweep-ports';
import type { SweepDeps } from './sweep-deps';
import { reminderChat, reminderEmail } from './sweep-messages';

export async function sendDueReminders(
  deps: SweepDeps,
  entry: LedgerEntry,
  state: ApprovalState,
  sweepState: SweepState,
  now: Date,
  minimumGapHours: number,
): Promise<SweepState> {
  const routing = entry.routing;
  if (routing === null) return sweepState;
  const handled = new Set(sweepState.handled);
  const recipients = new Map<string, SentReminder>();
  for (const group of routing.groups) {
    const due = group.reminderTimes
      .filter((time) => Date.parse(time) <= now.getTime())
      .map((time) => reminderMomentKey(group.groupId, time))
      .filter((key) => !handled.has(key));
    if (due.length === 0) continue;
    // Several due at once (a missed sweep) still make one reminder: all are marked handled.
    for (const key of due) handled.add(key);
    const pending = state.groups.find((candidate) => candidate.groupId === group.groupId);
    if (pending === undefined || pending.satisfied) continue;
    for (const person of pending.pending) {
      if (recipients.has(person.accountId)) continue;
      if (remindedWithin(sweepState.reminders, person.accountId, now, minimumGapHours)) continue;
      recipients.set(person.accountId, {
        accountId: person.accountId,
        displayName: person.displayName,
        groupId: group.groupId,
        at: now.toISOString(),
      });
    }
  }
  const sent = [...recipients.values()];
  if (sent.length > 0) {
    await deps.app.jira.notify(
      entry.issueKey,
      reminderEmail(
        entry,
        sent.map((reminder) => reminder.accountId),
      ),
    );
    await deps.app.chat.post({
      text: reminderChat(
        entry,
        sent.map((reminder) => reminder.displayName),
      ),
      urgent: routing.changeType === 'emergency',
      issueKey: entry.issueKey,
    });
  }
  return { reminders: [...sweepState.reminders, ...sent], handled: [...handled] };
}

/** "At most one per approver per 4 hours"  is wall-clock: people feel it in real time. */
function remindedWithin(reminders: SentReminder[], accountId: string, now: Date, hours: number): boolean {
  const gapMs = hours * 3_600_000;
  return reminders.some(
    (reminder) => reminder.accountId === accountId && now.getTime() - Date.parse(reminder.at) < gapMs,
  );
}
