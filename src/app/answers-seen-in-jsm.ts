/**
 * The answers JSM's approval shows that the app does not keep yet: those given with JSM's own buttons, not
 * in the app's panel. JSM names no time per approver, so each is dated `at` (when the app saw it, or when
 * JSM completed the approval): its answer came no later. One per person, whichever groups list them.
 */
import type { ApprovalState } from '../domain/approval';
import type { RecordedAnswer } from './ports/store-ports';

export function answersSeenInJsm(
  state: ApprovalState,
  kept: readonly RecordedAnswer[],
  at: string,
): RecordedAnswer[] {
  const seen = new Set(kept.map((answer) => answer.accountId));
  const found: RecordedAnswer[] = [];
  for (const group of state.groups) {
    const given = [
      ...group.approvedBy.map((person) => ({ person, decision: 'approve' as const })),
      ...group.declinedBy.map((person) => ({ person, decision: 'decline' as const })),
    ];
    for (const { person, decision } of given) {
      if (seen.has(person.accountId)) continue;
      seen.add(person.accountId);
      found.push({
        accountId: person.accountId,
        displayName: person.displayName,
        decision,
        at,
        comment: null,
        conditions: [],
        via: 'jsm',
      });
    }
  }
  return found;
}
