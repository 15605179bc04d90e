import { type ChangeType } from '../change-request/change-request-fields';
import { type Policy } from '../policy/policy-schema';
import { describeRule } from './describe-rule';
import { type MatchedRiskTier, type ResponseClock, type RoutingReason } from './routing-result';

export interface ResponseTerms {
  readonly clock: ResponseClock;
  readonly approvalsPerGroup: number;
  readonly reasons: RoutingReason[];
}

/**
 * The change type's clock and approvals, adjusted by matched tiers. Tiers only tighten the clock
 * (docs/architecture.md); a looser tier value is ignored and said so. JSM takes one number for all groups
 * (numberPerPrincipal), so differing approvals resolve to the maximum: stricter, never a failure.
 */
export function effectiveResponseTerms(
  policy: Policy,
  changeType: ChangeType,
  matchedTiers: readonly MatchedRiskTier[],
): ResponseTerms {
  const base = policy.changeTypes[changeType];
  const reasons: RoutingReason[] = [];
  let clock: ResponseClock =
    base.responseTime.kind === 'business'
      ? { kind: 'business', hours: base.responseTime.hours }
      : { kind: 'wallClock', minutes: base.responseTime.minutes };
  reasons.push({
    rule: `change-type:${changeType}`,
    outcome: `A ${changeType} change needs ${base.approvalsPerGroup} approval${base.approvalsPerGroup === 1 ? '' : 's'} per group within ${describeClock(clock)}.`,
  });

  const approvalsAsked = [{ rule: `change-type:${changeType}`, value: base.approvalsPerGroup }];
  for (const tier of matchedTiers) {
    const rules = policy.riskTiers.find((candidate) => candidate.key === tier.key);
    const rule = `risk-tier:${tier.key}`;
    if (rules?.approvalsPerGroup !== undefined) approvalsAsked.push({ rule, value: rules.approvalsPerGroup });
    if (rules?.responseTimeHours === undefined) continue;
    const tierMinutes = rules.responseTimeHours * 60;
    const currentMinutes = clock.kind === 'business' ? clock.hours * 60 : clock.minutes;
    if (tierMinutes < currentMinutes) {
      const tightened: ResponseClock =
        clock.kind === 'business'
          ? { kind: 'business', hours: rules.responseTimeHours }
          : { kind: 'wallClock', minutes: tierMinutes };
      reasons.push({
        rule,
        outcome: `Tightens the response time from ${describeClock(clock)} to ${describeClock(tightened)}.`,
      });
      clock = tightened;
    } else {
      reasons.push({
        rule,
        outcome: `Its response time of ${rules.responseTimeHours} hours would not tighten ${describeClock(clock)}, so it is ignored (tiers never loosen a clock).`,
      });
    }
  }

  const approvalsPerGroup = Math.max(...approvalsAsked.map((asked) => asked.value));
  if (new Set(approvalsAsked.map((asked) => asked.value)).size > 1) {
    reasons.push({
      rule: 'jsm-condition',
      outcome: `Rules ask for different approvals per group (${approvalsAsked.map((asked) => `${describeRule(asked.rule, policy)}: ${asked.value}`).join(', ')}); JSM applies one number to every group, so the highest, ${approvalsPerGroup}, applies to all.`,
    });
  }
  return { clock, approvalsPerGroup, reasons };
}

export function describeClock(clock: ResponseClock): string {
  return clock.kind === 'business' ? `${clock.hours} business hours` : `${clock.minutes} minutes`;
}
