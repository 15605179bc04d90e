/**
 * The freezes and clashes approvers are told of when a change request is routed to them, in the approval
 * email and the channel line (src/shared/window-flag-words.ts), so they know before they decide. Clashes are
 * named with every open change on the same systems: approvers are agents of the change project. Without the
 * ledger scan (a deployment wiring none) or when it cannot be read, the message goes without them: telling
 * the approvers matters more than the flags, which the issue panel shows as well.
 */
import type { ChangeRequest } from '../domain/change-request';
import { formatDisplayWindow } from '../domain/decision-record';
import { windowFlagSentences } from '../shared/window-flag-words';
import type { AppDeps } from './app-deps';
import { hasWindowFlags, windowFlagsFor } from './figures/window-flags-for';

export async function windowFlagLinesForApprovers(
  deps: Pick<AppDeps, 'policies' | 'ledgerScan'>,
  issueKey: string,
  cr: Pick<ChangeRequest, 'affectedSystems' | 'changeType' | 'plannedWindow'>,
): Promise<string[]> {
  const scan = deps.ledgerScan;
  if (scan === undefined) return [];
  try {
    const flags = await windowFlagsFor({ app: deps, ledgerScan: scan }, cr, issueKey, (entries) =>
      Promise.resolve(entries),
    );
    if (!hasWindowFlags(flags)) return [];
    const zone = cr.plannedWindow.timeZone;
    return windowFlagSentences(flags, { span: (start, end) => formatDisplayWindow(start, end, zone) }).map(
      (sentence) => `${sentence.level === 'error' ? 'Not allowed' : 'Note'}: ${sentence.text}`,
    );
  } catch (error) {
    console.warn(`The freezes and clashes of ${issueKey} could not be read for its approvers`, error);
    return [];
  }
}
