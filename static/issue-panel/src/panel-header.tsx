/** Decision, status and time left, on one wrapping row so it reads at 360 px and at 800 px. */
import type { ApprovalPanelView, DeadlineView } from '@async-cab/shared/client';
import { Lozenge } from '../../ui-kit/components';
import { decisionLabelOf } from './panel-labels';

export function PanelHeader(props: { panel: ApprovalPanelView }) {
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
        <DeadlineLine deadline={panel.deadline} />
      ) : null}
    </div>
  );
}

function DeadlineLine(props: { deadline: DeadlineView }) {
  const { deadline } = props;
  const clock =
    deadline.clock === 'wallClock' ? 'wall-clock time (emergency)' : `working hours in ${deadline.timeZone}`;
  const due = `Due ${deadline.display} (${deadline.timeZone}), counted in ${clock}`;
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
