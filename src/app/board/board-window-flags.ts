/**
 * The board's window flags: a row planned on a system at the same time as another row ("Clash on Checkout
 * web"), or inside a freeze of the policy ("Hard freeze", "Freeze"). Computed in memory over the rows one
 * page view reads (no Jira call); the other change is not named, since the row may be shown to someone who
 * cannot open it. The issue panel and the calendar name it to those who can.
 */
import { freezeHits, type PlannedChange } from '../../domain/calendar';
import type { Policy } from '../../domain/policy';
import { systemNames } from '../../domain/policy/system-names';
import { plannedChangeOf } from '../figures/planned-changes';
import type { LedgerEntry } from '../ports/store-ports';

export function boardWindowFlags(
  entries: readonly LedgerEntry[],
  policy: Pick<Policy, 'systems' | 'freezeWindows'>,
): ReadonlyMap<string, readonly string[]> {
  const planned = entries.flatMap((entry) => plannedChangeOf(entry) ?? []);
  const clashes = clashingSystems(planned);
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

/**
 * The systems each change clashes on: per system, windows sorted by start and swept, so a page of 500
 * open changes costs a sort rather than every pair (the calendar's changeConflicts lists the pairs).
 * Half-open windows, as overlapOf: one ending at 10:00 does not clash with one starting then.
 */
function clashingSystems(planned: readonly PlannedChange[]): Map<string, Set<string>> {
  const bySystem = new Map<string, { key: string; start: number; end: number }[]>();
  for (const change of planned) {
    const start = Date.parse(change.window.start);
    const end = Date.parse(change.window.end);
    if (!(start < end)) continue;
    for (const system of new Set(change.systems)) {
      const slots = bySystem.get(system) ?? [];
      slots.push({ key: change.issueKey, start, end });
      bySystem.set(system, slots);
    }
  }
  const clashes = new Map<string, Set<string>>();
  const mark = (key: string, system: string) => {
    const systems = clashes.get(key) ?? new Set<string>();
    systems.add(system);
    clashes.set(key, systems);
  };
  for (const [system, slots] of bySystem) {
    slots.sort((a, b) => a.start - b.start);
    let active: { key: string; end: number }[] = [];
    for (const slot of slots) {
      active = active.filter((other) => other.end > slot.start);
      for (const other of active) {
        if (other.key === slot.key) continue;
        mark(other.key, system);
        mark(slot.key, system);
      }
      active.push({ key: slot.key, end: slot.end });
    }
  }
  return clashes;
}
