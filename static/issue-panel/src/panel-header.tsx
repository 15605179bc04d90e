/** Decision, status and time left, on one wrapping row so it reads at 360 px and at 800 px. */
import type { ApprovalPanelView, DeadlineView } from '@async-cab/shared/client';
import { Lozenge } from '../../ui-kit/components';
import { formatInstant, type Viewer } from '../../ui-kit/format-zoned-time';
import { LateDeadlineNotice } from './late-deadline-notice';
import { WindowFlagsNotice } from '../../ui-kit/window-flags-notice';
import { decisionLabelOf } from './panel-labels';

export function PanelHeader(props: { panel: ApprovalPanelView; viewer: Viewer }) {
  const { panel } = props;
  const decision = decisionLabelOf(panel);
  return (
    <div className="cab-header" data-testid="panel-header">
      <div className="ak-row">
        <span data-testid="decision-lozenge">
          <Lozenge appearance={decision.appearance}>{decision.text}</Lozenge>
        </span>
        <span className="ak-subtle" data-testid="issue-status">
          Status: {panel.status}
        </span>
      </div>
      {panel.deadline !== null && panel.decision === 'pending' ? (
        <DeadlineLine deadline={panel.deadline} viewer={props.viewer} />
      ) : null}
      {panel.decision === 'pending' ? (
        <LateDeadlineNotice late={panel.deadlineAfterWindowStart} viewer={props.viewer} />
      ) : null}
      {panel.decision === 'pending' ? (
        <WindowFlagsNotice flags={panel.windowFlags} viewer={props.viewer} />
      ) : null}
    </div>
  );
}

/** The due time in the viewer's own zone; the clock it is counted on is the group's, named. */
function DeadlineLine(props: { deadline: DeadlineView; viewer: Viewer }) {
  const { deadline } = props;
  const clock =
    deadline.clock === 'wallClock' ? 'wall-clock time (emergency)' : `working hours in ${deadline.timeZone}`;
  const due = `Due ${formatInstant(deadline.at, props.viewer, new Date())}, counted in ${clock}`;
  return (
    <div className="cab-deadline" data-testid="deadline" title={due}>
      <span
        className={
          deadline.overdue ? 'cab-deadline__label cab-deadline__label--overdue' : 'cab-deadline__label'
        }
      >
        {deadline.label}
      </span>
      {deadline.clock === 'wallClock' ? <Lozenge appearance="moved">Wall-clock</Lozenge> : null}
      <span className="ak-subtlest cab-deadline__due">{due}</span>
    </div>
  );
}
