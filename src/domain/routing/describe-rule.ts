import { changeTypeWords } from '../change-request/change-words';
import { type Policy } from '../policy/policy-schema';

/**
 * A routing rule id ('system:payments-api', 'risk-tier:untested', 'change-type:normal', 'emergency-roles',
 * 'jsm-condition', 'silence-is-consent': see collect-approver-groups.ts, effective-response-terms.ts,
 * silence-is-consent.ts) in words, with the names the policy gives ("Payments API (system)"). An id it does
 * not know is shown as it is.
 */
export function describeRule(rule: string, policy: Pick<Policy, 'systems' | 'riskTiers'>): string {
  const [kind, ...rest] = rule.split(':');
  const key = rest.join(':');
  switch (kind) {
    case 'system':
      return `${policy.systems.find((system) => system.key === key)?.name ?? key} (system)`;
    case 'risk-tier':
      return `${policy.riskTiers.find((tier) => tier.key === key)?.name ?? key} (risk tier)`;
    case 'change-type':
      return `${changeTypeWords(key)} change`;
    case 'emergency-roles':
      return 'Emergency approvers';
    case 'jsm-condition':
      return 'Approvals per group';
    case 'silence-is-consent':
      return 'Silence as consent';
    default:
      return rule;
  }
}
