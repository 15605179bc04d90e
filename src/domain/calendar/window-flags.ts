import type { ChangeRequest } from '../change-request';
import type { Policy } from '../policy/policy-schema';
import { overlapOf, type PlannedChange } from './planned-change';
import { freezeHits, type FreezeHit } from './freeze-hits';
import { sharedSystems } from './change-conflicts';

/** What the form, the panel and the approvers show about a change's planned window before anyone decides. */
export interface WindowFlags {
  /** False for a window whose systems are not chosen yet: freezes then list the systems they cover. */
  readonly systemsKnown: boolean;
  /** null when the window falls in no freeze. */
  readonly freeze: FreezeFlag | null;
  /** Other open changes planned on the same systems at overlapping times, earliest first. */
  readonly conflicts: readonly WindowConflict[];
}

export interface FreezeFlag {
  /** True when a hard freeze forbids this (non-emergency) change's window. */
  readonly blocking: boolean;
  readonly hits: readonly FreezeHit[];
}

export interface WindowConflict {
  readonly issueKey: string;
  readonly summary: string;
  readonly systems: readonly string[];
  /** The other change's window. */
  readonly start: string;
  readonly end: string;
  /** The time both are planned for. */
  readonly overlap: { readonly start: string; readonly end: string };
}

/** A planned window to flag: a change request's, or a form's before every answer is given. */
export interface WindowToFlag {
  /** null while the systems are not chosen: clashes are then every other change planned at that time. */
  readonly affectedSystems: readonly string[] | null;
  readonly changeType: ChangeRequest['changeType'];
  readonly plannedWindow: ChangeRequest['plannedWindow'];
}

/**
 * Freezes and clashes of `cr`'s planned window. `otherOpenCrs` are the other open change requests (the
 * caller leaves `cr` itself out). Pure: the caller reads the policy and the open changes, and each surface
 * words the flags in its reader's zone (src/shared/window-flag-words.ts).
 */
export function windowFlags(
  policy: Pick<Policy, 'freezeWindows'>,
  cr: WindowToFlag,
  otherOpenCrs: readonly PlannedChange[],
): WindowFlags {
  const change = { systems: cr.affectedSystems, changeType: cr.changeType, window: cr.plannedWindow };
  const hits = freezeHits(policy.freezeWindows, change);
  const conflicts = otherOpenCrs
    .flatMap((other): WindowConflict[] => {
      const overlap = overlapOf(change.window, other.window);
      const systems =
        change.systems === null ? [...other.systems] : sharedSystems({ systems: change.systems }, other);
      if (overlap === null || systems.length === 0) return [];
      const { start, end } = other.window;
      return [{ issueKey: other.issueKey, summary: other.summary, systems, start, end, overlap }];
    })
    .sort((a, b) => Date.parse(a.overlap.start) - Date.parse(b.overlap.start));
  return {
    systemsKnown: cr.affectedSystems !== null,
    freeze: hits.length === 0 ? null : { blocking: hits.some((hit) => hit.effect === 'blocked'), hits },
    conflicts,
  };
}
