/** What the approvers are judging: the answers given on the form, read back compactly. */
import type { ReactNode } from 'react';
import type { EvidenceView } from '@async-cab/shared/client';
import { formatZonedWindow, type Viewer } from '../../ui-kit/format-zoned-time';

function Row(props: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

const CHANGE_TYPE_WORDS = { standard: 'Standard', normal: 'Normal', emergency: 'Emergency' } as const;

function testingText(evidence: EvidenceView) {
  if (evidence.tested === true) {
    return evidence.evidenceUrl === null ? (
      'Yes'
    ) : (
      <>
        Yes —{' '}
        <a href={evidence.evidenceUrl} target="_blank" rel="noreferrer noopener">
          test evidence
        </a>
      </>
    );
  }
  if (evidence.tested === false) return `No — ${evidence.notTestedReason ?? 'no reason given'}`;
  return 'Not answered';
}

/** In the viewer's zone, naming the zone it was planned in when that is another. */
function windowText(window: NonNullable<EvidenceView['plannedWindow']>, viewer: Viewer): string {
  const shown = formatZonedWindow(window, viewer, new Date());
  return shown.plannedIn === null ? shown.text : `${shown.text} (planned in ${shown.plannedIn})`;
}

export function EvidenceSummary(props: { evidence: EvidenceView; viewer: Viewer }) {
  const { evidence } = props;
  return (
    <section className="rs-section" aria-labelledby="rs-evidence">
      <h3 id="rs-evidence">What was asked</h3>
      {evidence.summary === '' ? null : <p className="rs-note">{evidence.summary}</p>}
      <dl className="rs-facts" data-testid="evidence">
        <Row label="Systems">
          {evidence.systems.length === 0 ? 'None given' : evidence.systems.map((s) => s.name).join(', ')}
        </Row>
        <Row label="Change type">
          {evidence.changeType === null ? 'Not answered' : CHANGE_TYPE_WORDS[evidence.changeType]}
        </Row>
        <Row label="Risk">
          {evidence.risk === null
            ? 'Not answered'
            : evidence.risk.charAt(0).toUpperCase() + evidence.risk.slice(1)}
        </Row>
        <Row label="Planned window">
          {evidence.plannedWindow === null
            ? 'Not answered'
            : windowText(evidence.plannedWindow, props.viewer)}
        </Row>
        <Row label="Tested">{testingText(evidence)}</Row>
        {evidence.consequenceOfNotReleasing === null ? null : (
          <Row label="If not released now">{evidence.consequenceOfNotReleasing}</Row>
        )}
        {evidence.rollbackPlan === null ? null : <Row label="Rollback plan">{evidence.rollbackPlan}</Row>}
        {evidence.pullRequest === null ? null : (
          <Row label="Pull request">
            <a href={evidence.pullRequest.url} target="_blank" rel="noreferrer noopener">
              {evidence.pullRequest.label}
            </a>
          </Row>
        )}
      </dl>
    </section>
  );
}
