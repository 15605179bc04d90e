/**
 * The CAB questions and their answers (docs/architecture.md, flow 1), as an approver needs them to decide: what is
 * touched, how risky, when, whether it was tested, how it is undone and what waiting would cost.
 * The issue summary is not repeated: the issue view shows it right above the panel.
 */
import type { EvidenceView } from '@async-cab/shared/client';
import type { ReactNode } from 'react';
import { ExternalLink } from '../../ui-kit/external-link';
import { formatZonedWindow, type Viewer } from '../../ui-kit/format-zoned-time';
import { changeTypeLabels } from './panel-labels';
import { ShowMoreText } from './show-more-text';

const NOT_GIVEN = <span className="ak-subtlest">Not given</span>;

export function EvidenceSummary(props: { evidence: EvidenceView; viewer: Viewer }) {
  const { evidence } = props;
  return (
    <section className="cab-section" aria-labelledby="cab-evidence-title">
      <h4 id="cab-evidence-title">Evidence</h4>
      <dl className="cab-facts" data-testid="evidence">
        <Fact label="Systems" testId="evidence-systems">
          {evidence.systems.length === 0
            ? NOT_GIVEN
            : evidence.systems.map((system) => system.name).join(', ')}
        </Fact>
        <Fact label="Change type" testId="evidence-change-type">
          {evidence.changeType === null ? NOT_GIVEN : changeTypeLabels[evidence.changeType]}
        </Fact>
        <Fact label="Risk" testId="evidence-risk">
          {evidence.risk === null ? NOT_GIVEN : sentenceCase(evidence.risk)}
        </Fact>
        <Fact label="Planned window" testId="evidence-window">
          {evidence.plannedWindow === null ? (
            NOT_GIVEN
          ) : (
            <PlannedWindow window={evidence.plannedWindow} viewer={props.viewer} />
          )}
        </Fact>
        <Fact label="Tested" testId="evidence-tested">
          <TestedAnswer evidence={evidence} />
        </Fact>
        <Fact label="Rollback plan" testId="evidence-rollback">
          {evidence.rollbackPlan === null ? NOT_GIVEN : <ShowMoreText text={evidence.rollbackPlan} />}
        </Fact>
        <Fact label="If not released now" testId="evidence-consequence">
          {evidence.consequenceOfNotReleasing === null ? (
            NOT_GIVEN
          ) : (
            <ShowMoreText text={evidence.consequenceOfNotReleasing} />
          )}
        </Fact>
        <Fact label="Pull request" testId="evidence-pull-request">
          {evidence.pullRequest === null ? (
            <span className="ak-subtlest">None linked</span>
          ) : (
            <ExternalLink href={evidence.pullRequest.url}>{evidence.pullRequest.label}</ExternalLink>
          )}
        </Fact>
        {evidence.requester === null ? null : (
          <Fact label="Raised by" testId="evidence-requester">
            {evidence.requester.displayName}
          </Fact>
        )}
      </dl>
    </section>
  );
}

/** In the viewer's zone, naming the zone it was planned in when that is another. */
function PlannedWindow(props: { window: NonNullable<EvidenceView['plannedWindow']>; viewer: Viewer }) {
  const shown = formatZonedWindow(props.window, props.viewer, new Date());
  return (
    <span>
      {shown.text}
      {shown.plannedIn === null ? null : <span className="ak-subtlest"> · planned in {shown.plannedIn}</span>}
    </span>
  );
}

function TestedAnswer(props: { evidence: EvidenceView }) {
  const { tested, evidenceUrl, notTestedReason } = props.evidence;
  if (tested === null) return NOT_GIVEN;
  if (tested) {
    return (
      <span>
        Yes
        {evidenceUrl === null ? (
          <span className="ak-subtlest"> · no evidence link</span>
        ) : (
          <>
            {' · '}
            <ExternalLink href={evidenceUrl} testId="evidence-link">
              Test evidence
            </ExternalLink>
          </>
        )}
      </span>
    );
  }
  return (
    <div>
      <span className="cab-warning-text">No</span>
      {notTestedReason === null ? null : <ShowMoreText text={notTestedReason} />}
    </div>
  );
}

/** The resolver may send the stored value ("low"); a fact reads better capitalised ("Low"). */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function Fact(props: { label: string; children: ReactNode; testId: string }) {
  return (
    <div className="cab-facts__row" data-testid={props.testId}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}
