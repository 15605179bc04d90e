import type { EmergencyView } from '@async-cab/shared/client';
import { SectionMessage } from '../../ui-kit/components';
import { formatInstant, type Viewer } from '../../ui-kit/format-zoned-time';

/** After "Implement now": who, why, the retrospective deadline, escalation and the review issue. */
export function BreakGlassNotice(props: { emergency: EmergencyView | undefined; viewer: Viewer }) {
  const breakGlass = props.emergency?.breakGlass ?? null;
  const review = props.emergency?.postImplementationReview ?? null;
  if (breakGlass === null && review === null) return null;
  // In the requester's own zone, named, so "approve by" is unambiguous.
  const viewer = props.viewer;
  const now = new Date();
  const shown = (iso: string) => formatInstant(iso, viewer, now);
  return (
    <SectionMessage appearance="warning" title="Implemented before approval" testId="break-glass">
      {breakGlass === null ? null : (
        <>
          <p className="rs-note">
            {breakGlass.by} started implementing on {shown(breakGlass.at)}: “{breakGlass.reason}”
          </p>
          <p className="rs-note">
            The emergency approvers must approve by {shown(breakGlass.retrospectiveDeadline)}.
            {breakGlass.escalatedAt === null
              ? ''
              : ` Overdue: escalated to the change managers on ${shown(breakGlass.escalatedAt)}.`}
          </p>
        </>
      )}
      {review === null ? null : <p className="rs-note">Post-implementation review: {review.issueKey}</p>}
    </SectionMessage>
  );
}
