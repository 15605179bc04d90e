import { addBusinessMinutes, type WorkingCalendar } from '../clock';
import { type ChangeRequest } from '../change-request/change-request-schema';
import { type Policy } from '../policy/policy-schema';
import { formatDisplayTime } from '../decision-record/format-display-time';
import { isAtLeast } from '../shared/severity-level';
import { type MatchedRiskTier, type RoutingReason, type RoutingResult } from './routing-result';

export interface SilenceDecision {
  readonly silenceIsConsent: RoutingResult['silenceIsConsent'];
  readonly reason: RoutingReason;
}

/**
 * Silence counts as consent (docs/architecture.md, flow 6) only when the change type enables it, the risk is at most
 * its maxRisk, no matched tier forbids it, and never for an emergency. The objection window is announced
 * up front; it closes at the latest of the groups' calendars so every group gets the full window.
 */
export function decideSilenceIsConsent(
  policy: Policy,
  cr: ChangeRequest,
  matchedTiers: readonly MatchedRiskTier[],
  groupCalendars: readonly WorkingCalendar[],
  now: Date,
): SilenceDecision {
  const rule = 'silence-is-consent';
  const no = (outcome: string): SilenceDecision => ({ silenceIsConsent: null, reason: { rule, outcome } });
  if (cr.changeType === 'emergency') return no('Silence is never consent for an emergency change.');
  const setting = policy.changeTypes[cr.changeType].silenceIsConsent;
  if (!setting.enabled)
    return no(`Silence is not consent for ${cr.changeType} changes: every group must answer.`);
  if (cr.risk !== setting.maxRisk && isAtLeast(cr.risk, setting.maxRisk)) {
    return no(`Silence is not consent: the risk is ${cr.risk}, above ${setting.maxRisk}.`);
  }
  const forbidding = matchedTiers.filter(
    (tier) => policy.riskTiers.find((candidate) => candidate.key === tier.key)?.silenceIsConsent === false,
  );
  if (forbidding.length > 0) {
    return no(
      `Silence is not consent because the risk tier ${forbidding.map((tier) => tier.name).join(', ')} forbids it.`,
    );
  }
  if (groupCalendars.length === 0) return no('Silence cannot be consent when no group is asked.');
  const latest = groupCalendars
    .map((calendar) => ({
      at: addBusinessMinutes(now, setting.afterBusinessHours * 60, calendar),
      timeZone: calendar.timeZone,
    }))
    .reduce((last, candidate) => (candidate.at.getTime() > last.at.getTime() ? candidate : last));
  const closes = latest.at;
  return {
    silenceIsConsent: { objectionDeadline: closes.toISOString(), announcedAt: now.toISOString() },
    reason: {
      rule,
      outcome: `Silence is consent: if nobody objects within ${setting.afterBusinessHours} business hours (by ${formatDisplayTime(closes.toISOString(), latest.timeZone)}), the change counts as approved.`,
    },
  };
}
