/**
 * The freezes and clashes of a window being planned on a request form, before the change request exists
 * (src/app/figures/window-flags-for.ts): the window field of the Jira create screen knows only its own
 * value and whether the request type is an emergency one; the portal's full form knows the systems too.
 * An incomplete or unreadable window has nothing to flag yet: the form's own validation explains it.
 *
 * The hard-freeze check of a whole set of answers lives here too: a normal or standard change whose window
 * falls in a hard freeze on its systems is refused on the plannedWindow field (README, "Freeze windows").
 */
import { windowFlags } from '../domain/calendar';
import { plannedWindowSchema, type ChangeRequest } from '../domain/change-request';
import { formatDisplayWindow } from '../domain/decision-record';
import type { Policy } from '../domain/policy';
import { systemNames } from '../domain/policy/system-names';
import type { FieldError } from '../shared/error-codes';
import type { WindowFlagsView } from '../shared/figures-view-models';
import type { AppDeps } from './app-deps';
import { windowFlagsFor } from './figures/window-flags-for';
import type { VisibleToViewer } from './figures/planned-changes';
import type { LedgerScan } from './ports/figures-ports';

const NOTHING: WindowFlagsView = { systemsKnown: false, freeze: null, conflicts: [] };

export async function windowFlagsOfAnswers(
  deps: { app: Pick<AppDeps, 'policies'>; ledgerScan: LedgerScan },
  answers: {
    plannedWindow: unknown;
    affectedSystems?: readonly string[] | undefined;
    changeType: ChangeRequest['changeType'];
    issueKey?: string | undefined;
  },
  visible: VisibleToViewer,
): Promise<WindowFlagsView> {
  const window = plannedWindowSchema.safeParse(answers.plannedWindow);
  if (!window.success) return NOTHING;
  const systems = answers.affectedSystems;
  return windowFlagsFor(
    deps,
    {
      plannedWindow: window.data,
      affectedSystems: systems === undefined || systems.length === 0 ? null : systems,
      changeType: answers.changeType,
    },
    answers.issueKey ?? null,
    visible,
  );
}

/** The field error that refuses answers planned in a hard freeze; none for an emergency or outside one. */
export function hardFreezeErrors(
  policy: Pick<Policy, 'freezeWindows' | 'systems'>,
  cr: Pick<ChangeRequest, 'affectedSystems' | 'changeType' | 'plannedWindow'>,
): FieldError[] {
  const flags = windowFlags(policy, cr, []);
  const blocked = flags.freeze?.hits.filter((hit) => hit.effect === 'blocked') ?? [];
  return blocked.map((hit) => {
    const where = hit.systems === 'all' ? 'every system' : systemNames(policy, hit.systems).join(', ');
    const zone = cr.plannedWindow.timeZone;
    return {
      field: 'plannedWindow.start',
      code: 'window-in-hard-freeze',
      message: `The planned window falls in the hard freeze "${hit.name}" (${formatDisplayWindow(hit.start, hit.end, zone)}, on ${where}): only emergency changes may be planned in it. Choose a window outside it, or raise it as an emergency change if it cannot wait.`,
    };
  });
}
