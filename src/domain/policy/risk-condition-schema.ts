import { z } from 'zod';
import { CHANGE_TYPES, type ChangeType } from '../change-request/change-request-fields';
import { SEVERITY_LEVELS, type SeverityLevel } from '../shared/severity-level';

/**
 * A risk tier's condition is data, not code, small enough to explain in
 * one sentence: facts about the CR combined with all/any. Each fact is derived in routing/change-facts.ts.
 */
export type RiskCondition =
  | { all: RiskCondition[] }
  | { any: RiskCondition[] }
  | { fact: 'risk'; in: SeverityLevel[] }
  | { fact: 'changeType'; in: ChangeType[] }
  | { fact: 'tested'; equals: boolean }
  | { fact: 'hasRollbackPlan'; equals: boolean }
  | { fact: 'systemCriticality'; atLeast: SeverityLevel }
  | { fact: 'windowOutsideWorkingHours'; equals: boolean };

export const RISK_FACTS = [
  'risk',
  'changeType',
  'tested',
  'hasRollbackPlan',
  'systemCriticality',
  'windowOutsideWorkingHours',
] as const;

const factConditionSchema = z.discriminatedUnion(
  'fact',
  [
    z.strictObject({ fact: z.literal('risk'), in: z.array(z.enum(SEVERITY_LEVELS)).min(1) }),
    z.strictObject({ fact: z.literal('changeType'), in: z.array(z.enum(CHANGE_TYPES)).min(1) }),
    z.strictObject({ fact: z.literal('tested'), equals: z.boolean() }),
    z.strictObject({ fact: z.literal('hasRollbackPlan'), equals: z.boolean() }),
    z.strictObject({ fact: z.literal('systemCriticality'), atLeast: z.enum(SEVERITY_LEVELS) }),
    z.strictObject({ fact: z.literal('windowOutsideWorkingHours'), equals: z.boolean() }),
  ],
  { error: `A condition's fact must be one of: ${RISK_FACTS.join(', ')}.` },
);

export const riskConditionSchema: z.ZodType<RiskCondition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ all: z.array(riskConditionSchema).min(1) }),
      z.strictObject({ any: z.array(riskConditionSchema).min(1) }),
      factConditionSchema,
    ],
    { error: 'A condition is { all: [...] }, { any: [...] } or { fact: ..., ... }.' },
  ),
);
