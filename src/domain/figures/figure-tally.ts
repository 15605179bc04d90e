import type { DurationSummary } from './duration-summary';

/** One decided change request as a tally counts it, for one dimension value (a group, an approver, ...). */
export interface TallySample {
  readonly outcome: 'approved' | 'declined';
  readonly bySilence: boolean;
  /** Decided by the response-time agreement's deadline. */
  readonly withinAgreement: boolean;
  readonly escalated: boolean;
  readonly emergency: boolean;
  readonly breakGlass: boolean;
  /** Decided retrospectively after break-glass: by the retrospective deadline or not; null otherwise. */
  readonly retrospectiveInTime: boolean | null;
  /** From routing to the first answer that counts here; null when there was none. */
  readonly firstResponseMs: number | null;
  /** From routing to the decision. */
  readonly decisionMs: number;
}

/** Counts and durations of the decided change requests of one dimension value; D keeps the durations. */
export interface FigureTally<D> {
  readonly decided: number;
  readonly approved: number;
  readonly declined: number;
  readonly withinAgreement: number;
  readonly bySilence: number;
  readonly escalated: number;
  readonly emergency: number;
  readonly breakGlass: number;
  readonly retrospective: number;
  readonly retrospectiveInTime: number;
  readonly firstResponse: D;
  readonly decision: D;
}

export function emptyTally<D>(summary: DurationSummary<D>): FigureTally<D> {
  return {
    decided: 0,
    approved: 0,
    declined: 0,
    withinAgreement: 0,
    bySilence: 0,
    escalated: 0,
    emergency: 0,
    breakGlass: 0,
    retrospective: 0,
    retrospectiveInTime: 0,
    firstResponse: summary.empty(),
    decision: summary.empty(),
  };
}

const one = (yes: boolean) => (yes ? 1 : 0);

export function addToTally<D>(
  summary: DurationSummary<D>,
  tally: FigureTally<D>,
  sample: TallySample,
): FigureTally<D> {
  return {
    decided: tally.decided + 1,
    approved: tally.approved + one(sample.outcome === 'approved'),
    declined: tally.declined + one(sample.outcome === 'declined'),
    withinAgreement: tally.withinAgreement + one(sample.withinAgreement),
    bySilence: tally.bySilence + one(sample.bySilence),
    escalated: tally.escalated + one(sample.escalated),
    emergency: tally.emergency + one(sample.emergency),
    breakGlass: tally.breakGlass + one(sample.breakGlass),
    retrospective: tally.retrospective + one(sample.retrospectiveInTime !== null),
    retrospectiveInTime: tally.retrospectiveInTime + one(sample.retrospectiveInTime === true),
    firstResponse:
      sample.firstResponseMs === null
        ? tally.firstResponse
        : summary.add(tally.firstResponse, sample.firstResponseMs),
    decision: summary.add(tally.decision, sample.decisionMs),
  };
}

export function mergeTallies<D>(
  summary: DurationSummary<D>,
  a: FigureTally<D>,
  b: FigureTally<D>,
): FigureTally<D> {
  return {
    decided: a.decided + b.decided,
    approved: a.approved + b.approved,
    declined: a.declined + b.declined,
    withinAgreement: a.withinAgreement + b.withinAgreement,
    bySilence: a.bySilence + b.bySilence,
    escalated: a.escalated + b.escalated,
    emergency: a.emergency + b.emergency,
    breakGlass: a.breakGlass + b.breakGlass,
    retrospective: a.retrospective + b.retrospective,
    retrospectiveInTime: a.retrospectiveInTime + b.retrospectiveInTime,
    firstResponse: summary.merge(a.firstResponse, b.firstResponse),
    decision: summary.merge(a.decision, b.decision),
  };
}
