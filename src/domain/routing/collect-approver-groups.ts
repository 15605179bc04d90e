import { type WorkingCalendar } from '../clock';
import { type ChangeRequest } from '../change-request/change-request-schema';
import { type Policy } from '../policy/policy-schema';
import { type SystemWithCalendar } from './change-facts';
import { type MatchedRiskTier, type RoutingProblem, type RoutingReason } from './routing-result';

export interface GroupSources {
  /** Calendars of every rule that brought the group in; the group takes the one with the earliest deadline. */
  readonly calendars: WorkingCalendar[];
  readonly addedBy: string[];
}

export interface CollectedGroups {
  /** Insertion-ordered: systems in the CR's order, then tier additions, so results are deterministic. */
  readonly groups: Map<string, GroupSources>;
  readonly reasons: RoutingReason[];
  readonly problems: RoutingProblem[];
}

/**
 * Who is asked (docs/architecture.md, flow 2 and 5): the groups of the affected systems (an emergency asks the ECAB
 * roles instead), plus the groups that matched risk tiers add. Tier and ECAB groups work to the
 * policy's default calendar.
 */
export function collectApproverGroups(
  policy: Policy,
  cr: ChangeRequest,
  systems: readonly SystemWithCalendar[],
  matchedTiers: readonly MatchedRiskTier[],
  fallback: WorkingCalendar,
): CollectedGroups {
  const groups = new Map<string, GroupSources>();
  const reasons: RoutingReason[] = [];
  const problems: RoutingProblem[] = [];
  const groupName = (groupId: string): string =>
    policy.approverGroups.find((group) => group.groupId === groupId)?.name ?? groupId;
  const add = (groupId: string, calendar: WorkingCalendar, rule: string): void => {
    const sources = groups.get(groupId) ?? { calendars: [], addedBy: [] };
    sources.calendars.push(calendar);
    if (!sources.addedBy.includes(rule)) sources.addedBy.push(rule);
    groups.set(groupId, sources);
  };

  if (cr.changeType === 'emergency') {
    const roles = policy.changeTypes.emergency.approverGroupIds;
    if (roles.length === 0) {
      problems.push({
        code: 'no-emergency-roles',
        subject: 'emergency',
        message:
          'The policy names no emergency approver groups, so nobody would approve this emergency. Choose them on the admin page (Change types and clocks).',
      });
    }
    roles.forEach((groupId) => {
      add(groupId, fallback, 'emergency-roles');
    });
    reasons.push({
      rule: 'emergency-roles',
      outcome: `Emergency change: the emergency approver roles are asked (${roles.map(groupName).join(', ')}) instead of the affected systems' groups.`,
    });
  } else {
    for (const { system, calendar } of systems) {
      const rule = `system:${system.key}`;
      if (system.approverGroupIds.length === 0) {
        problems.push({
          code: 'system-without-groups',
          subject: system.key,
          message: `The system ${system.name} has no approver groups in the policy, so nobody would approve for it. Add approver groups to it on the admin page.`,
        });
        continue;
      }
      system.approverGroupIds.forEach((groupId) => {
        add(groupId, calendar, rule);
      });
      reasons.push({
        rule,
        outcome: `${system.name} is approved by ${system.approverGroupIds.map(groupName).join(', ')} (business hours in ${calendar.timeZone}).`,
      });
    }
  }

  for (const tier of matchedTiers) {
    const additions =
      policy.riskTiers.find((candidate) => candidate.key === tier.key)?.addApproverGroupIds ?? [];
    if (additions.length === 0) continue;
    const rule = `risk-tier:${tier.key}`;
    additions.forEach((groupId) => {
      add(groupId, fallback, rule);
    });
    reasons.push({
      rule,
      outcome: `Adds ${additions.map(groupName).join(', ')} (default working hours, ${fallback.timeZone}).`,
    });
  }

  for (const groupId of groups.keys()) {
    if (!policy.approverGroups.some((group) => group.groupId === groupId)) {
      problems.push({
        code: 'unknown-group',
        subject: groupId,
        message: `The group id ${groupId} is used by the policy but is not one of its approver groups. Fix the policy on the admin page.`,
      });
    }
  }
  return { groups, reasons, problems };
}
