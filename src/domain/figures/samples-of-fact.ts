import { firstAnswerAt, type DecidedChangeFact } from './decided-change-fact';
import type { TallySample } from './figure-tally';

/** One sample under a dimension value: `key` identifies it, `label` is what people read. */
export interface KeyedSample {
  readonly key: string;
  readonly label: string;
  readonly sample: TallySample;
}

/** How one decided change request counts in each dimension. */
export interface FactSamples {
  readonly change: TallySample;
  readonly changeType: KeyedSample;
  readonly risk: KeyedSample;
  /** One per routed group; its first response is its own members' first answer. */
  readonly groups: readonly KeyedSample[];
  /** One per approver who answered; their first response is their own answer. */
  readonly approvers: readonly KeyedSample[];
}

const sinceRouting = (fact: DecidedChangeFact, at: string) => Date.parse(at) - Date.parse(fact.routedAt);

export function samplesOfFact(fact: DecidedChangeFact): FactSamples {
  const first = firstAnswerAt(fact);
  const change: TallySample = {
    outcome: fact.outcome,
    bySilence: fact.decidedBy === 'silence',
    withinAgreement: Date.parse(fact.decidedAt) <= Date.parse(fact.deadline),
    escalated: fact.escalated,
    emergency: fact.changeType === 'emergency',
    breakGlass: fact.breakGlass !== null,
    retrospectiveInTime:
      fact.decidedBy === 'retrospective' && fact.breakGlass !== null
        ? Date.parse(fact.decidedAt) <= Date.parse(fact.breakGlass.retrospectiveDeadline)
        : null,
    firstResponseMs: first === null ? null : sinceRouting(fact, first),
    decisionMs: sinceRouting(fact, fact.decidedAt),
  };
  return {
    change,
    changeType: { key: fact.changeType, label: fact.changeType, sample: change },
    risk: { key: fact.risk, label: fact.risk, sample: change },
    groups: fact.groups.map((group) => ({
      key: group.groupId,
      label: group.name,
      sample: {
        ...change,
        firstResponseMs: group.firstAnswerAt === null ? null : sinceRouting(fact, group.firstAnswerAt),
      },
    })),
    approvers: fact.answers.map((answer) => ({
      key: answer.accountId,
      label: answer.displayName,
      sample: { ...change, firstResponseMs: sinceRouting(fact, answer.at) },
    })),
  };
}
