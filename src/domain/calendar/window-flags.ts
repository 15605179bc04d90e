import type { ChangeRequest } from '../change-request';
import type { Policy } from '../policy/policy-schema';
import { overlapOf, type PlannedChange } from './planned-change';
import { freezeHits, type FreezeHit } from './freeze-hits';
import { sharedSystems } from './change-conflicts';

/** What the form, the panel and the approvers show about a change's planned window before anyone decides. */
export interface WindowFlags {
  /** null when the window falls in no freeze. */
  readonly freeze: FreezeFlag | null;
  /** Other open changes planned on the same systems at overlapping times, earliest first. */
  readonly conflicts: readonly WindowConflict[];
}

export interface FreezeFlag {
  /** True when a hard freeze forbids this (non-emergency) change's window. */
  readonly blocking: boolean;
  readonly hits: readonly FreezeHit[];
  /** One sentence per freeze, for people. */
  readonly messages: readonly string[];
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

/**
 * Freezes and clashes of `cr`'s planned window. `otherOpenCrs` are the other open change requests (the
 * caller leaves `cr` itself out). Pure: the caller reads the policy and the open changes.
 */
export function windowFlags(
  policy: Pick<Policy, 'freezeWindows'>,
  cr: Pick<ChangeRequest, 'affectedSystems' | 'changeType' | 'plannedWindow'>,
  otherOpenCrs: readonly PlannedChange[],
): WindowFlags {
  const change = { systems: cr.affectedSystems, changeType: cr.changeType, window: cr.plannedWindow };
  const hits = freezeHits(policy.freezeWindows, change);
  const conflicts = otherOpenCrs
    .flatMap((other): WindowConflict[] => {
      const overlap = overlapOf(change.window, other.window);
      const systems = sharedSystems(change, other);
      if (overlap === null || systems.length === 0) return [];
      const { start, end } = other.window;
      return [{ issueKey: other.issueKey, summary: other.summary, systems, start, end, overlap }];
    })
    .sort((a, b) => Date.parse(a.overlap.start) - Date.parse(b.overlap.start));
  return {
    freeze:
      hits.length === 0
        ? null
        : { blocking: hits.some((hit) => hit.effect === 'blocked'), hits, messages: hits.map(freezeMessage) },
    conflicts,
  };
}

function freezeMessage(hit: FreezeHit): string {
  const where = hit.systems === 'all' ? 'every system' : hit.systems.join(', ');
  const during = `the ${hit.kind} freeze '${hit.name}' (${hit.start} to ${hit.end}, ${where})`;
  switch (hit.effect) {
    case 'blocked':
      return `The planned window falls in ${during}: only emergency changes may be planned in it. Choose a window outside it.`;
    case 'allowed-for-emergency':
      return `The planned window falls in ${during}; emergency changes are allowed in it.`;
    case 'warning':
      return `The planned window falls in ${during}: plan it outside the freeze if you can.`;
  }
}
