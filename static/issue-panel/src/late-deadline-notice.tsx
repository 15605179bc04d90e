/**
 * A response deadline after the planned window starts: approvers may still be deciding while the change is
 * being made, so the panel says so while it waits (src/domain/routing/deadline-after-window-start.ts),
 * both times in the viewer's zone.
 */
import type { ApprovalPanelView } from '@async-cab/shared/client';
import { formatInstant, type Viewer } from '../../ui-kit/format-zoned-time';

export function lateDeadlineText(
  late: NonNullable<ApprovalPanelView['deadlineAfterWindowStart']>,
  viewer: Viewer,
  now: Date,
): string {
  return `The answer is due ${formatInstant(late.deadline, viewer, now)}, after the planned window starts (${formatInstant(late.windowStart, viewer, now)}): approvers may still be deciding while the change is being made.`;
}

export function LateDeadlineNotice(props: {
  late: ApprovalPanelView['deadlineAfterWindowStart'];
  viewer: Viewer;
}) {
  if (props.late === undefined) return null;
  return (
    <p className="cab-late-deadline cab-warning-text" role="note" data-testid="late-deadline">
      {lateDeadlineText(props.late, props.viewer, new Date())}
    </p>
  );
}
