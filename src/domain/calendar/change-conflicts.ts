import { overlapOf, type PlannedChange } from './planned-change';

/** Two planned changes on the same system at overlapping times. */
export interface ChangeConflict {
  readonly system: string;
  readonly issueKeys: readonly [string, string];
  /** The time both are planned for. */
  readonly start: string;
  readonly end: string;
}

/** Every pair of changes that overlap on a system they share, one entry per shared system. */
export function changeConflicts(changes: readonly PlannedChange[]): ChangeConflict[] {
  const conflicts: ChangeConflict[] = [];
  changes.forEach((a, i) => {
    for (const b of changes.slice(i + 1)) {
      if (a.issueKey === b.issueKey) continue;
      const overlap = overlapOf(a.window, b.window);
      if (overlap === null) continue;
      for (const system of sharedSystems(a, b)) {
        conflicts.push({ system, issueKeys: [a.issueKey, b.issueKey], ...overlap });
      }
    }
  });
  return conflicts;
}

export function sharedSystems(
  a: { readonly systems: readonly string[] },
  b: { readonly systems: readonly string[] },
): string[] {
  return a.systems.filter(
    (system, index) => b.systems.includes(system) && a.systems.indexOf(system) === index,
  );
}
