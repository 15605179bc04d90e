/**
 * The response deadline: how much (working) time is left, counted in the approvers' time zone, and when it
 * falls, in the viewer's.
 */
import type { DeadlineView } from '@async-cab/shared/client';
import { Lozenge } from '../../ui-kit/components';
import { formatInstant, type Viewer } from '../../ui-kit/format-zoned-time';

export function DeadlineLine(props: { deadline: DeadlineView | null; pending: boolean; viewer: Viewer }) {
  if (props.deadline === null || !props.pending) return null;
  const { deadline } = props;
  return (
    <section className="rs-section" aria-labelledby="rs-deadline">
      <h3 id="rs-deadline">Deadline</h3>
      <p className="ak-row rs-note" data-testid="deadline">
        {deadline.overdue ? <Lozenge appearance="removed">Overdue</Lozenge> : null}
        <strong>{deadline.label}</strong>
      </p>
      <p className="ak-subtle rs-note" data-testid="deadline-due">
        Answer due {formatInstant(deadline.at, props.viewer, new Date())}
        {deadline.clock === 'business'
          ? ` · counted in business hours in ${deadline.timeZone}`
          : ' · counted in wall-clock time (emergency change)'}
      </p>
    </section>
  );
}
