import type { Policy } from '../policy/policy-schema';
import { isoWeekStartMs, WEEK_MS, type IsoWeek } from '../shared/iso-week';
import { changeConflicts, type ChangeConflict } from './change-conflicts';
import { freezeHits } from './freeze-hits';
import { overlapOf, type PlannedChange } from './planned-change';

/** Planned windows laid out as weeks (columns) by systems (rows), with clashes and freezes marked. */
export interface CalendarGrid {
  readonly weeks: readonly { readonly week: IsoWeek; readonly start: string; readonly end: string }[];
  readonly systems: readonly CalendarRow[];
  readonly conflicts: readonly ChangeConflict[];
}

export interface CalendarRow {
  readonly key: string;
  readonly name: string;
  /** False for a system a change names that the policy no longer has. */
  readonly known: boolean;
  /** One cell per week, in the order of `weeks`. */
  readonly cells: readonly CalendarCell[];
}

export interface CalendarCell {
  readonly week: IsoWeek;
  readonly changes: readonly CalendarChange[];
  readonly freezes: readonly CalendarFreeze[];
}

export interface CalendarChange {
  readonly issueKey: string;
  readonly summary: string;
  readonly changeType: PlannedChange['changeType'];
  readonly status: string;
  readonly start: string;
  readonly end: string;
  /** Clashes with another change on this system. */
  readonly conflicting: boolean;
  /** In a hard freeze without being an emergency. */
  readonly frozen: boolean;
}

export interface CalendarFreeze {
  readonly name: string;
  readonly kind: 'hard' | 'soft';
  readonly start: string;
  readonly end: string;
}

export function calendarGrid(
  policy: Pick<Policy, 'systems' | 'freezeWindows'>,
  changes: readonly PlannedChange[],
  weeks: readonly IsoWeek[],
): CalendarGrid {
  const columns = weeks.map((week) => {
    const start = isoWeekStartMs(week) ?? 0;
    return { week, start: new Date(start).toISOString(), end: new Date(start + WEEK_MS).toISOString() };
  });
  const conflicts = changeConflicts(changes);
  const known = policy.systems.map((system) => ({ key: system.key, name: system.name, known: true }));
  const unknown = [...new Set(changes.flatMap((change) => change.systems))]
    .filter((key) => !known.some((system) => system.key === key))
    .sort()
    .map((key) => ({ key, name: key, known: false }));
  const rows = [...known, ...unknown].map((system): CalendarRow => ({
    ...system,
    cells: columns.map((column) => ({
      week: column.week,
      changes: changes
        .filter((change) => change.systems.includes(system.key) && overlapOf(change.window, column) !== null)
        .sort((a, b) => Date.parse(a.window.start) - Date.parse(b.window.start))
        .map((change) => ({
          issueKey: change.issueKey,
          summary: change.summary,
          changeType: change.changeType,
          status: change.status,
          start: change.window.start,
          end: change.window.end,
          conflicting: conflicts.some(
            (conflict) => conflict.system === system.key && conflict.issueKeys.includes(change.issueKey),
          ),
          frozen: freezeHits(policy.freezeWindows, { ...change, systems: [system.key] }).some(
            (hit) => hit.effect === 'blocked',
          ),
        })),
      freezes: policy.freezeWindows
        .filter(
          (freeze) =>
            (freeze.systems === undefined || freeze.systems.includes(system.key)) &&
            overlapOf(freeze, column) !== null,
        )
        .map((freeze) => ({ name: freeze.name, kind: freeze.kind, start: freeze.start, end: freeze.end })),
    })),
  }));
  return { weeks: columns, systems: rows, conflicts };
}
