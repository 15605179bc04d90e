import { type RiskCondition } from '../policy/risk-condition-schema';
import { isAtLeast } from '../shared/severity-level';
import { type ChangeFacts } from './change-facts';

export interface ConditionOutcome {
  readonly matched: boolean;
  /** Why the condition held or failed, in words a change manager can check against the CR. */
  readonly because: string;
}

export function evaluateRiskCondition(condition: RiskCondition, facts: ChangeFacts): ConditionOutcome {
  if ('all' in condition) {
    const outcomes = condition.all.map((inner) => evaluateRiskCondition(inner, facts));
    const failed = outcomes.find((outcome) => !outcome.matched);
    return failed ?? { matched: true, because: outcomes.map((outcome) => outcome.because).join(' and ') };
  }
  if ('any' in condition) {
    const outcomes = condition.any.map((inner) => evaluateRiskCondition(inner, facts));
    const held = outcomes.filter((outcome) => outcome.matched);
    return held.length > 0
      ? { matched: true, because: held.map((outcome) => outcome.because).join(' and ') }
      : { matched: false, because: outcomes.map((outcome) => outcome.because).join(' and ') };
  }
  switch (condition.fact) {
    case 'risk':
      return {
        matched: condition.in.includes(facts.risk),
        because: `the risk is ${facts.risk}${condition.in.includes(facts.risk) ? '' : ` (not ${condition.in.join(' or ')})`}`,
      };
    case 'changeType':
      return {
        matched: condition.in.includes(facts.changeType),
        because: `it is a${facts.changeType === 'emergency' ? 'n' : ''} ${facts.changeType} change`,
      };
    case 'tested':
      return {
        matched: facts.tested === condition.equals,
        because: facts.tested ? 'the change is tested' : 'the change is not tested',
      };
    case 'hasRollbackPlan':
      return {
        matched: facts.hasRollbackPlan === condition.equals,
        because: facts.hasRollbackPlan ? 'there is a rollback plan' : 'there is no rollback plan',
      };
    case 'systemCriticality': {
      const top = facts.mostCritical;
      if (top === null) return { matched: false, because: 'no affected system is known' };
      const matched = isAtLeast(top.criticality, condition.atLeast);
      return {
        matched,
        because: `${top.name} is rated ${top.criticality}${matched ? '' : ` (below ${condition.atLeast})`}`,
      };
    }
    case 'windowOutsideWorkingHours': {
      const outside = facts.windowOutsideWorkingHoursOf !== null;
      return {
        matched: outside === condition.equals,
        because:
          facts.windowOutsideWorkingHoursOf === null
            ? 'the planned window is within working hours'
            : `the planned window is outside the working hours of ${facts.windowOutsideWorkingHoursOf}`,
      };
    }
  }
}
