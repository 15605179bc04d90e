/**
 * Escalation when a response clock runs out: once per CR, the routing's escalation group
 * (the change managers in the default policy) is emailed and the channel told; the CR is marked overdue on
 * the ledger and in the indexed `async-cab` issue property, so `issue.property[async-cab].overdue = true`
 * finds it in JQL.
 */
import type { ApprovalState } from '../../domain/approval';
import { transition } from '../../domain/lifecycle';
import { lifecycleOf } from '../lifecycle/lifecycle-of';
import { toIndexedDateTime } from '../../domain/shared/indexed-date-time';
import type { LedgerEntry } from '../ports/store-ports';
import { OVERDUE_PROPERTY_KEY, type SweepDeps } from './sweep-deps';
import { escalationChat, escalationEmail } from './sweep-messages';

export async function escalateIfOverdue(
  deps: SweepDeps,
  entry: LedgerEntry,
  state: ApprovalState,
  now: Date,
): Promise<boolean> {
  const routing = entry.routing;
  if (routing === null || !transition(lifecycleOf(entry), { kind: 'escalate' }, now).ok) return false;
  const late = routing.groups.filter(
    (group) =>
      Date.parse(group.deadline) <= now.getTime() &&
      state.groups.find((candidate) => candidate.groupId === group.groupId)?.satisfied !== true,
  );
  const first = late[0];
  if (first === undefined) return false;
  const names = late.map((group) => group.name);
  // Without change managers in the policy the CR is still flagged overdue (JQL, panel); nobody is emailed.
  if (routing.escalation.groupId !== '')
    await deps.app.jira.notify(entry.issueKey, escalationEmail(entry, routing.escalation.groupId, names));
  await deps.app.chat.post({
    text: escalationChat(entry, routing.escalation.name, names),
    urgent: true,
    issueKey: entry.issueKey,
  });
  // Forge indexes `string`, not boolean (manifest `jira:entityProperty` value types): 'true' / 'false'.
  // Dates in the one form Jira documents for indexed `date` values: no milliseconds.
  await deps.properties.setIssueProperty(entry.issueKey, OVERDUE_PROPERTY_KEY, {
    overdue: 'true',
    deadline: toIndexedDateTime(routing.deadline),
    overdueSince: toIndexedDateTime(first.deadline),
  });
  // Re-read: a decision may have been recorded while this sweep worked; never overwrite it.
  const latest = await deps.app.ledger.get(entry.issueKey);
  if (latest !== undefined && transition(lifecycleOf(latest), { kind: 'escalate' }, now).ok) {
    await deps.app.ledger.put({
      ...latest,
      overdue: {
        since: first.deadline,
        escalatedAt: now.toISOString(),
        groupIds: late.map((g) => g.groupId),
      },
    });
  }
  return true;
}
