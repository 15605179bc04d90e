/**
 * One ordered scale for a change's risk and a system's criticality, so that risk tiers can say
 * "at least high" and silence-is-consent can say "risk at most low" with the same comparison.
 */
export const SEVERITY_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

export function severityRank(level: SeverityLevel): number {
  return SEVERITY_LEVELS.indexOf(level);
}

export function isAtLeast(level: SeverityLevel, threshold: SeverityLevel): boolean {
  return severityRank(level) >= severityRank(threshold);
}
