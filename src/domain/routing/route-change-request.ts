import { addBusinessMinutes, addWallClockMinutes, type WorkingCalendar } from '../clock';
import { type ChangeRequest } from '../change-request/change-request-schema';
import { type Policy } from '../policy/policy-schema';
import { deriveChangeFacts, type SystemWithCalendar } from './change-facts';
import { collectApproverGroups } from './collect-approver-groups';
import { effectiveResponseTerms } from './effective-response-terms';
import { evaluateRiskCondition } from './evaluate-risk-condition';
import { reminderTimes } from './reminder-times';
import { decideSilenceIsConsent } from './silence-is-consent';
import {
  type MatchedRiskTier,
  type ResponseClock,
  type RoutedGroup,
  type RoutingProblem,
  type RoutingReason,
  type RoutingResult,
} from './routing-result';
import { calendarForSystem, defaultCalendar } from './working-calendar-for';

/**
 * Who must approve this CR, how many, and by when (docs/architecture.md): a pure, deterministic function of
 * (policy, CR, now) whose result says which rule decided what.
 *
 * Rule for problems: every problem blocks routing (`needs-attention`), because each one means an owner
 * of an affected system might not be asked. Routing still works out everything it can (e.g. the groups of
 * the known systems when one system is unknown), so the admin preview and the panel show what would
 * happen once the problem is fixed; the app must not start JSM's approval on a `needs-attention` result.
 */
export function routeChangeRequest(policy: Policy, cr: ChangeRequest, now: Date): RoutingResult {
  const problems: RoutingProblem[] = [];
  const fallback = defaultCalendar(policy);
  const systems: SystemWithCalendar[] = [];
  for (const key of cr.affectedSystems) {
    const system = policy.systems.find((candidate) => candidate.key === key);
    if (system === undefined) {
      problems.push({
        code: 'unknown-system',
        subject: key,
        message: `The affected system '${key}' is not in the policy, so nobody knows who approves for it. Choose a listed system or ask a change manager to add it.`,
      });
    } else {
      systems.push({ system, calendar: calendarForSystem(policy, system) });
    }
  }

  const facts = deriveChangeFacts(cr, systems, fallback);
  const matched: MatchedRiskTier[] = policy.riskTiers.flatMap((tier) => {
    const outcome = evaluateRiskCondition(tier.when, facts);
    return outcome.matched ? [{ key: tier.key, name: tier.name, because: outcome.because }] : [];
  });

  const terms = effectiveResponseTerms(policy, cr.changeType, matched);
  const collected = collectApproverGroups(policy, cr, systems, matched, fallback);
  problems.push(...collected.problems);
  const reminders = policy.changeTypes[cr.changeType].reminders;

  const chosenCalendars: WorkingCalendar[] = [];
  const groups: RoutedGroup[] = [...collected.groups.entries()].map(([groupId, sources]) => {
    const { calendar, deadline } = earliestDeadline(sources.calendars, terms.clock, now);
    chosenCalendars.push(calendar);
    return {
      groupId,
      name: policy.approverGroups.find((group) => group.groupId === groupId)?.name ?? groupId,
      approvalsNeeded: terms.approvalsPerGroup,
      timeZone: calendar.timeZone,
      deadline: deadline.toISOString(),
      reminderTimes: reminderTimes(now, deadline, terms.clock, reminders, calendar).map((time) =>
        time.toISOString(),
      ),
      addedBy: [...sources.addedBy],
    };
  });
  if (groups.length === 0) {
    problems.push({
      code: 'no-approver-groups',
      message: 'Nobody would be asked to approve this change. Check its affected systems and the policy.',
    });
  }

  const silence = decideSilenceIsConsent(policy, cr, matched, chosenCalendars, now);
  const deadline = groups.reduce(
    (latest, group) => (group.deadline > latest ? group.deadline : latest),
    now.toISOString(),
  );
  const escalationGroupId = policy.changeTypes[cr.changeType].escalation.groupId;
  const reasons = orderReasons([...terms.reasons, ...collected.reasons], matched, silence.reason);
  return {
    status: problems.length > 0 ? 'needs-attention' : 'routed',
    changeType: cr.changeType,
    riskTier: { matched },
    groups,
    jsmCondition: { type: 'numberPerPrincipal', value: terms.approvalsPerGroup },
    clock: terms.clock,
    deadline,
    escalation: {
      groupId: escalationGroupId,
      name:
        policy.approverGroups.find((group) => group.groupId === escalationGroupId)?.name ?? escalationGroupId,
    },
    silenceIsConsent: silence.silenceIsConsent,
    retrospective:
      cr.changeType === 'emergency'
        ? { deadlineHours: policy.changeTypes.emergency.retrospective.deadlineHours }
        : null,
    reasons,
    problems,
  };
}

/** Several rules may bring in one group; it takes the calendar giving the earliest deadline (first on ties). */
function earliestDeadline(
  calendars: readonly WorkingCalendar[],
  clock: ResponseClock,
  now: Date,
): { calendar: WorkingCalendar; deadline: Date } {
  const candidates = calendars.map((calendar) => {
    const raw =
      clock.kind === 'business'
        ? addBusinessMinutes(now, clock.hours * 60, calendar)
        : addWallClockMinutes(now, clock.minutes);
    // A deadline is never before submission, whatever the calendar does.
    return { calendar, deadline: raw.getTime() < now.getTime() ? now : raw };
  });
  return candidates.reduce((best, candidate) =>
    candidate.deadline.getTime() < best.deadline.getTime() ? candidate : best,
  );
}

/**
 * Reasons read top-down like the decision: the change type, who the systems bring in, then each matched
 * tier with what it changed, then the JSM number and silence-is-consent.
 */
function orderReasons(
  effects: readonly RoutingReason[],
  matched: readonly MatchedRiskTier[],
  silence: RoutingReason,
): RoutingReason[] {
  const tierRules = new Set(matched.map((tier) => `risk-tier:${tier.key}`));
  const base = effects.filter((reason) => !tierRules.has(reason.rule) && reason.rule !== 'jsm-condition');
  const tiers = matched.flatMap((tier) => [
    { rule: `risk-tier:${tier.key}`, outcome: `${tier.name} applies because ${tier.because}.` },
    ...effects.filter((reason) => reason.rule === `risk-tier:${tier.key}`),
  ]);
  return [...base, ...tiers, ...effects.filter((reason) => reason.rule === 'jsm-condition'), silence];
}
