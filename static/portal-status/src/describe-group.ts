/**
 * One approver group as a sentence a requester can read at a glance, e.g.
 * "cab-security: 1 of 1 approval — Sam Rivera approved; pending: Elena Petrova".
 */
import type { ApprovalGroupView, PersonView } from '@async-cab/shared/client';

export function listNames(people: readonly PersonView[]): string {
  const names = people.map((person) => person.displayName);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

export function describeGroup(group: ApprovalGroupView): string {
  const parts: string[] = [];
  if (group.approvedBy.length > 0) parts.push(`${listNames(group.approvedBy)} approved`);
  if (group.declinedBy.length > 0) parts.push(`${listNames(group.declinedBy)} declined`);
  // Once a group has its approvals, the others in it no longer need to answer.
  if (group.pending.length > 0 && !group.satisfied) parts.push(`pending: ${listNames(group.pending)}`);
  const head = `${group.name}: ${group.label}`;
  return parts.length === 0 ? head : `${head} — ${parts.join('; ')}`;
}
