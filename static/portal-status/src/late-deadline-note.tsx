/**
 * The requester's side of a response deadline after the planned window starts
 * (src/domain/routing/deadline-after-window-start.ts): the approvers may still be deciding when the change
 * is due to begin, so the request view says so while it waits, both times in the viewer's zone.
 */
import type { ApprovalPanelView } from '@async-cab/shared/client';
import { SectionMessage } from '../../ui-kit/components';
import { formatInstant, type Viewer } from '../../ui-kit/format-zoned-time';

export function LateDeadlineNote(props: {
  late: ApprovalPanelView['deadlineAfterWindowStart'];
  viewer: Viewer;
}) {
  if (props.late === undefined) return null;
  const now = new Date();
  return (
    <SectionMessage
      appearance="warning"
      title="The answer is due after the window starts"
      testId="late-deadline"
    >
      <p className="rs-note">
        The approvers have until {formatInstant(props.late.deadline, props.viewer, now)} to answer, but the
        planned window starts {formatInstant(props.late.windowStart, props.viewer, now)}: they may still be
        deciding while the change is being made. Plan the window later, or ask them to answer before it
        starts.
      </p>
    </SectionMessage>
  );
}
