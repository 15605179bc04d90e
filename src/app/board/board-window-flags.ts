/**
 * The board's window flags: a row planned on a system at the same time as another row ("Clash on Checkout
 * web"), or inside a freeze of the policy ("Hard freeze", "Freeze"). Computed in memory over the rows one
 * page view reads (no Jira call); the other change is not named, since the row may be shown to someone who
 * cannot open it. The issue panel and the calendar name it to those who can.
 */
import { changeConflicts, freezeHits } from '../../domain/calendar';
import type { Policy } from '../../domain/policy';
import { systemNames } from '../../domain/policy/system-names';
import { plannedChangeOf } from '../figures/planned-changes';
import type { LedgerEntry } from '../ports/store-ports';

export function boardWindowFlags(
  entries: readonly LedgerEntry[],
  policy: Pick<Policy, 'systems' | 'freezeWindows'>,
): ReadonlyMap<string, readonly string[]> {
  const planned = entries.flatMap((entry) => plannedChangeOf(entry) ?? []);
  const clashes = new Map<string, Set<string>>();
  for (const conflict of changeConflicts(planned)) {
    for (const key of conflict.issueKeys) {
      const systems = clashes.get(key) ?? new Set<string>();
      systems.add(conflict.system);
      clashes.set(key, systems);
    }
  }
  const flags = new Map<string, string[]>();
  for (const change of planned) {
    const own: string[] = [];
    const hits = freezeHits(policy.freezeWindows, change);
    if (hits.some((hit) => hit.effect === 'blocked')) own.push('Hard freeze');
    else if (hits.length > 0) own.push('Freeze');
    const clashing = clashes.get(change.issueKey);
    if (clashing !== undefined) own.push(`Clash on ${systemNames(policy, [...clashing]).join(', ')}`);
    if (own.length > 0) flags.set(change.issueKey, own);
  }
  return flags;
}
