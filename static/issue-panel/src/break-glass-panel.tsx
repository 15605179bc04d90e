/**
 * An emergency change implemented before approval. Approvers read who started it, why and by when
 * they must answer (their Approve/Decline below is then recorded by the app: JSM no longer takes answers).
 */
import type { ApprovalPanelView } from '@async-cab/shared/client';
import { SectionMessage } from '../../ui-kit/components';
import { formatInstant, type Viewer } from '../../ui-kit/format-zoned-time';
import { FoldedRecord } from './decision-record-panel';
import { ShowMoreText } from './show-more-text';

export function BreakGlassPanel(props: { panel: ApprovalPanelView; viewer: Viewer }) {
  const breakGlass = props.panel.emergency?.breakGlass ?? null;
  const review = props.panel.emergency?.postImplementationReview ?? null;
  if (breakGlass === null && review === null) return null;
  const when = (iso: string) => formatInstant(iso, props.viewer, new Date());
  return (
    <SectionMessage appearance="warning" title="Implemented before approval" testId="break-glass">
      {breakGlass === null ? null : (
        <>
          <p className="cab-message-text">
            {breakGlass.by} started implementing on {when(breakGlass.at)}. Retrospective approval is due by{' '}
            {when(breakGlass.retrospectiveDeadline)}
            {breakGlass.escalatedAt === null
              ? '.'
              : `; overdue, escalated on ${when(breakGlass.escalatedAt)}.`}
          </p>
          {breakGlass.recordDocument == null ? (
            <ShowMoreText text={breakGlass.record} maxChars={600} maxLines={8} testId="break-glass-record" />
          ) : (
            <FoldedRecord document={breakGlass.recordDocument} testId="break-glass-record" />
          )}
        </>
      )}
      {review === null ? null : (
        <p className="cab-message-text">Post-implementation review: {review.issueKey}</p>
      )}
    </SectionMessage>
  );
}
