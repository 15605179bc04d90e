import type { ChangeType } from '../change-request/change-request-fields';
import type { FreezeKind, FreezeWindow } from '../policy/freeze-window-schema';
import { overlapOf, type PlannedSlot } from './planned-change';

/**
 * A freeze a planned window falls in. `blocked`: a hard freeze and not an emergency (only emergency
 * changes may be planned in a hard freeze); `allowed-for-emergency`: the same freeze, for an emergency;
 * `warning`: a soft freeze.
 */
export interface FreezeHit {
  readonly name: string;
  readonly kind: FreezeKind;
  readonly start: string;
  readonly end: string;
  /**
   * The change's systems the freeze covers ('all' when it covers every system); for a change whose systems
   * are not known yet (a form's window field), the systems the freeze covers.
   */
  readonly systems: readonly string[] | 'all';
  readonly effect: 'blocked' | 'allowed-for-emergency' | 'warning';
}

export function freezeHits(
  freezes: readonly FreezeWindow[],
  change: {
    /** null: not known yet; every freeze in the window is listed, with the systems it covers. */
    readonly systems: readonly string[] | null;
    readonly changeType: ChangeType;
    readonly window: PlannedSlot;
  },
): FreezeHit[] {
  return freezes.flatMap((freeze) => {
    if (overlapOf(change.window, freeze) === null) return [];
    const systems =
      freeze.systems === undefined
        ? 'all'
        : change.systems === null
          ? freeze.systems
          : change.systems.filter((key) => freeze.systems?.includes(key));
    if (systems !== 'all' && systems.length === 0) return [];
    const effect =
      freeze.kind === 'soft'
        ? 'warning'
        : change.changeType === 'emergency'
          ? 'allowed-for-emergency'
          : 'blocked';
    return [{ name: freeze.name, kind: freeze.kind, start: freeze.start, end: freeze.end, systems, effect }];
  });
}
