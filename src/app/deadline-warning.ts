/**
 * The line that points out a response deadline falling after the planned window starts
 * (src/domain/routing/deadline-after-window-start.ts), worded once for the approval request email and chat
 * line: both times in the deadline's zone, so they read side by side.
 */
import type { ChangeRequest } from '../domain/change-request';
import { formatDisplayTime } from '../domain/decision-record';
import { deadlineTimeZone, minutesDeadlineAfterWindowStart, type RoutingResult } from '../domain/routing';

export function deadlineAfterWindowStartText(
  cr: Pick<ChangeRequest, 'plannedWindow'>,
  routing: Pick<RoutingResult, 'groups' | 'deadline'>,
): string | null {
  if (minutesDeadlineAfterWindowStart(routing.deadline, cr.plannedWindow.start) === null) return null;
  const zone = deadlineTimeZone(routing, cr.plannedWindow.timeZone);
  return `The answer is due ${formatDisplayTime(routing.deadline, zone)}, after the planned window starts (${formatDisplayTime(cr.plannedWindow.start, zone)}): approvers may still be deciding while the change is being made. Move the window later, or answer before it starts.`;
}
