import { DEMO_GROUP_IDS, type Policy } from '../../../../src/domain/policy';
import { routeChangeRequest, type RoutingResult } from '../../../../src/domain/routing';
import { makeChangeRequest } from '../../../factories/make-change-request';
import { makePolicy } from '../../../factories/make-policy';

const { cabSecurity, cabOperations, cabPayments, cabPlatform, changeManagers } = DEMO_GROUP_IDS;
/** Tuesday 1 December 2026, 10:00 in London (GMT), 05:00 in New York. */
const now = new Date('2026-12-01T10:00:00Z');

function groupIds(result: RoutingResult): string[] {
  return result.groups.map((group) => group.groupId);
}

function group(result: RoutingResult, groupId: string): RoutingResult['groups'][number] | undefined {
  return result.groups.find((candidate) => candidate.groupId === groupId);
}

describe('routeChangeRequest: who is asked and by when', () => {
  it('given a tested low-risk normal change to the Payments API, when routed, then its two groups get 24 London business hours', () => {
    const result = routeChangeRequest(makePolicy(), makeChangeRequest(), now);

    expect(result.status).toBe('routed');
    expect(result.problems).toEqual([]);
    expect(result.riskTier.matched).toEqual([]);
    expect(result.groups).toEqual([
      {
        groupId: cabPayments,
        name: 'cab-payments',
        approvalsNeeded: 1,
        timeZone: 'Europe/London',
        deadline: '2026-12-04T10:00:00.000Z',
        reminderTimes: ['2026-12-02T14:00:00.000Z', '2026-12-03T15:36:00.000Z'],
        addedBy: ['system:payments-api'],
      },
      {
        groupId: cabSecurity,
        name: 'cab-security',
        approvalsNeeded: 1,
        timeZone: 'Europe/London',
        deadline: '2026-12-04T10:00:00.000Z',
        reminderTimes: ['2026-12-02T14:00:00.000Z', '2026-12-03T15:36:00.000Z'],
        addedBy: ['system:payments-api'],
      },
    ]);
    expect(result.jsmCondition).toEqual({ type: 'numberPerPrincipal', value: 1 });
    expect(result.clock).toEqual({ kind: 'business', hours: 24 });
    expect(result.deadline).toBe('2026-12-04T10:00:00.000Z');
    expect(result.escalation).toEqual({ groupId: changeManagers, name: 'change-managers' });
    expect(result.silenceIsConsent).toBeNull();
    expect(result.retrospective).toBeNull();
    expect(result.reasons.map((reason) => reason.rule)).toEqual([
      'change-type:normal',
      'system:payments-api',
      'silence-is-consent',
    ]);
  });

  it('given two systems sharing a group in different zones, when routed, then the group takes the earliest deadline', () => {
    const result = routeChangeRequest(
      makePolicy(),
      makeChangeRequest({ affectedSystems: ['payments-api', 'identity'] }),
      now,
    );

    expect(group(result, cabSecurity)).toMatchObject({
      timeZone: 'America/New_York',
      deadline: '2026-12-03T22:00:00.000Z',
      addedBy: ['system:payments-api', 'system:identity'],
    });
    expect(group(result, cabPayments)?.deadline).toBe('2026-12-04T10:00:00.000Z');
    expect(result.deadline).toBe('2026-12-04T10:00:00.000Z');
  });

  it("given a holiday in New York only, when routed, then only New York's clock skips it", () => {
    const dayBeforeThanksgiving = new Date('2026-11-25T15:00:00Z'); // 10:00 in New York, 15:00 in London

    const result = routeChangeRequest(
      makePolicy(),
      makeChangeRequest({ affectedSystems: ['identity'] }),
      dayBeforeThanksgiving,
    );

    expect(group(result, cabPlatform)?.deadline).toBe('2026-12-01T15:00:00.000Z');
    expect(group(result, changeManagers)).toMatchObject({
      timeZone: 'Europe/London',
      deadline: '2026-11-30T15:00:00.000Z',
    });
  });

  it('given a system rated critical, when routed, then change managers are added and the reason names the system', () => {
    const result = routeChangeRequest(
      makePolicy(),
      makeChangeRequest({ affectedSystems: ['identity'] }),
      now,
    );

    expect(result.riskTier.matched).toContainEqual({
      key: 'critical-impact',
      name: 'Critical system or high risk',
      because: 'Identity and SSO is rated critical',
    });
    expect(group(result, changeManagers)).toMatchObject({
      timeZone: 'Europe/London',
      addedBy: ['risk-tier:critical-impact'],
    });
  });

  it('given a window on a Saturday, when routed, then operations are added because they are on call', () => {
    const cr = makeChangeRequest({
      plannedWindow: {
        start: '2026-12-05T10:00:00Z',
        end: '2026-12-05T11:00:00Z',
        timeZone: 'Europe/London',
      },
    });

    const result = routeChangeRequest(makePolicy(), cr, now);

    expect(result.riskTier.matched.map((tier) => tier.key)).toEqual(['out-of-hours-window']);
    expect(group(result, cabOperations)?.addedBy).toEqual(['risk-tier:out-of-hours-window']);
  });

  it('given a system whose working hours differ from the defaults, when routed, then its groups use its own hours', () => {
    const policy = makePolicy();
    const payments = policy.systems[0];
    const workingHours = { ...policy.defaults.workingHours, start: '08:00', end: '20:00' };
    const systems = payments ? [{ ...payments, workingHours }] : [];

    const result = routeChangeRequest({ ...policy, systems }, makeChangeRequest(), now);

    // 10:00-20:00 Tuesday (10 h), Wednesday 08:00-20:00 (12 h), then 2 h on Thursday.
    expect(group(result, cabPayments)?.deadline).toBe('2026-12-03T10:00:00.000Z');
  });
});

describe('routeChangeRequest: risk tiers', () => {
  it('given an untested change, when routed, then security is asked and the clock tightens to 8 hours', () => {
    const cr = makeChangeRequest({ testing: { tested: false, reason: 'No staging environment.' } });

    const result = routeChangeRequest(makePolicy(), cr, now);

    expect(result.riskTier.matched).toEqual([
      {
        key: 'untested-or-no-rollback',
        name: 'Untested or no rollback plan',
        because: 'the change is not tested',
      },
    ]);
    expect(result.clock).toEqual({ kind: 'business', hours: 8 });
    expect(group(result, cabSecurity)?.addedBy).toEqual([
      'system:payments-api',
      'risk-tier:untested-or-no-rollback',
    ]);
    expect(group(result, cabPayments)?.deadline).toBe('2026-12-02T10:00:00.000Z');
    expect(result.reasons).toContainEqual({
      rule: 'risk-tier:untested-or-no-rollback',
      outcome: 'Tightens the response time from 24 business hours to 8 business hours.',
    });
  });

  it('given a tier with a longer response time, when routed, then the clock is not loosened and the reason says so', () => {
    const policy = makePolicy({
      riskTiers: [
        { key: 'slow', name: 'Slow tier', when: { fact: 'risk', in: ['low'] }, responseTimeHours: 40 },
      ],
    });

    const result = routeChangeRequest(policy, makeChangeRequest(), now);

    expect(result.clock).toEqual({ kind: 'business', hours: 24 });
    expect(result.reasons).toContainEqual({
      rule: 'risk-tier:slow',
      outcome:
        'Its response time of 40 hours would not tighten 24 business hours, so it is ignored (tiers never loosen a clock).',
    });
  });

  it('given tiers asking for more approvals per group, when routed, then JSM gets the highest number for every group', () => {
    const policy = makePolicy({
      riskTiers: [
        { key: 'two', name: 'Two', when: { fact: 'risk', in: ['low'] }, approvalsPerGroup: 2 },
        { key: 'three', name: 'Three', when: { fact: 'changeType', in: ['normal'] }, approvalsPerGroup: 3 },
      ],
    });

    const result = routeChangeRequest(policy, makeChangeRequest(), now);

    expect(result.status).toBe('routed');
    expect(result.jsmCondition).toEqual({ type: 'numberPerPrincipal', value: 3 });
    expect(result.groups.map((routed) => routed.approvalsNeeded)).toEqual([3, 3]);
    expect(result.reasons).toContainEqual({
      rule: 'jsm-condition',
      outcome:
        'Rules ask for different approvals per group (Normal change: 1, Two (risk tier): 2, Three (risk tier): 3); JSM applies one number to every group, so the highest, 3, applies to all.',
    });
  });

  it('given matched tiers, when routed, then each tier reason comes right before what it changed', () => {
    const cr = makeChangeRequest({ testing: { tested: false, reason: 'No staging environment.' } });

    const result = routeChangeRequest(makePolicy(), cr, now);

    expect(result.reasons.map((reason) => reason.rule)).toEqual([
      'change-type:normal',
      'system:payments-api',
      'risk-tier:untested-or-no-rollback',
      'risk-tier:untested-or-no-rollback',
      'risk-tier:untested-or-no-rollback',
      'silence-is-consent',
    ]);
    expect(result.reasons[2]?.outcome).toBe(
      'Untested or no rollback plan applies because the change is not tested.',
    );
  });

  it('given reminders closer together than the minimum gap, when routed, then the later one is dropped', () => {
    const policy = makePolicy();
    policy.changeTypes.normal.reminders = { atFractions: [0.55, 0.5], minimumGapHours: 4 };

    const result = routeChangeRequest(policy, makeChangeRequest(), now);

    expect(group(result, cabPayments)?.reminderTimes).toEqual(['2026-12-02T14:00:00.000Z']);
  });
});

describe('routeChangeRequest: silence is consent', () => {
  const standard = makeChangeRequest({ changeType: 'standard', affectedSystems: ['dev-portal'] });

  it('given a low-risk standard change, when routed, then the objection window is announced up front', () => {
    const result = routeChangeRequest(makePolicy(), standard, now);

    expect(result.silenceIsConsent).toEqual({
      objectionDeadline: '2026-12-03T10:00:00.000Z',
      announcedAt: '2026-12-01T10:00:00.000Z',
    });
  });

  it('given a medium-risk standard change, when routed, then silence is not consent', () => {
    const result = routeChangeRequest(makePolicy(), { ...standard, risk: 'medium' }, now);

    expect(result.silenceIsConsent).toBeNull();
    expect(result.reasons.at(-1)).toEqual({
      rule: 'silence-is-consent',
      outcome: 'Silence is not consent: the risk is medium, above low.',
    });
  });

  it('given a low-risk standard change that is untested, when routed, then the tier forbids silence', () => {
    const untested = makeChangeRequest({
      changeType: 'standard',
      affectedSystems: ['dev-portal'],
      testing: { tested: false, reason: 'Docs only.' },
    });

    const result = routeChangeRequest(makePolicy(), untested, now);

    expect(result.silenceIsConsent).toBeNull();
    expect(result.reasons.at(-1)?.outcome).toBe(
      'Silence is not consent because the risk tier Untested or no rollback plan forbids it.',
    );
  });

  it('given a policy allowing silence for medium risk, when a low-risk change is routed, then silence is consent', () => {
    const policy = makePolicy();
    policy.changeTypes.standard.silenceIsConsent = {
      enabled: true,
      afterBusinessHours: 4,
      maxRisk: 'medium',
    };

    const result = routeChangeRequest(policy, standard, now);

    expect(result.silenceIsConsent?.objectionDeadline).toBe('2026-12-01T14:00:00.000Z');
  });
});

describe('routeChangeRequest: emergencies', () => {
  const emergency = makeChangeRequest({ changeType: 'emergency', affectedSystems: ['payments-api'] });

  it('given an emergency change, when routed, then the ECAB roles are asked on a 30-minute wall clock', () => {
    const result = routeChangeRequest(makePolicy(), emergency, now);

    expect(result.status).toBe('routed');
    expect(groupIds(result)).toEqual([cabOperations, cabSecurity, changeManagers]);
    expect(result.groups.every((routed) => routed.addedBy.includes('emergency-roles'))).toBe(true);
    expect(group(result, cabSecurity)).toMatchObject({
      approvalsNeeded: 1,
      deadline: '2026-12-01T10:30:00.000Z',
      reminderTimes: ['2026-12-01T10:15:00.000Z'],
    });
    expect(result.clock).toEqual({ kind: 'wallClock', minutes: 30 });
    expect(result.retrospective).toEqual({ deadlineHours: 24 });
  });

  it('given an emergency at night, when routed, then the wall clock ignores working hours', () => {
    const result = routeChangeRequest(makePolicy(), emergency, new Date('2026-12-05T02:00:00Z'));

    expect(result.deadline).toBe('2026-12-05T02:30:00.000Z');
  });

  it('given a low-risk emergency and a policy that would allow silence, when routed, then silence is never consent', () => {
    const policy = makePolicy();
    policy.changeTypes.normal.silenceIsConsent = { enabled: true, afterBusinessHours: 1, maxRisk: 'medium' };

    const result = routeChangeRequest(policy, emergency, now);

    expect(result.silenceIsConsent).toBeNull();
    expect(result.reasons.at(-1)?.outcome).toBe('Silence is never consent for an emergency change.');
  });

  it('given an untested emergency, when routed, then the 8-hour tier does not loosen the 30-minute clock', () => {
    const result = routeChangeRequest(
      makePolicy(),
      { ...emergency, testing: { tested: false, reason: 'Production is down.' } },
      now,
    );

    expect(result.clock).toEqual({ kind: 'wallClock', minutes: 30 });
    expect(group(result, cabSecurity)?.addedBy).toEqual([
      'emergency-roles',
      'risk-tier:untested-or-no-rollback',
    ]);
  });
});

describe('routeChangeRequest: problems', () => {
  it('given an unknown system among known ones, when routed, then the known groups are shown but routing needs attention', () => {
    const result = routeChangeRequest(
      makePolicy(),
      makeChangeRequest({ affectedSystems: ['payments-api', 'billing'] }),
      now,
    );

    expect(result.status).toBe('needs-attention');
    expect(groupIds(result)).toEqual([cabPayments, cabSecurity]);
    expect(result.problems).toEqual([
      {
        code: 'unknown-system',
        subject: 'billing',
        message:
          "The affected system 'billing' is not in the policy, so nobody knows who approves for it. Choose a listed system or ask a change manager to add it.",
      },
    ]);
  });

  it('given a system without approver groups, when routed, then nobody is asked and both problems are reported', () => {
    const policy: Policy = makePolicy();
    policy.systems = policy.systems.map((system) =>
      system.key === 'checkout-web' ? { ...system, approverGroupIds: [] } : system,
    );

    const result = routeChangeRequest(policy, makeChangeRequest({ affectedSystems: ['checkout-web'] }), now);

    expect(result.status).toBe('needs-attention');
    expect(result.groups).toEqual([]);
    expect(result.problems.map((problem) => [problem.code, problem.subject])).toEqual([
      ['system-without-groups', 'checkout-web'],
      ['no-approver-groups', undefined],
    ]);
    expect(result.deadline).toBe(now.toISOString());
    expect(result.silenceIsConsent).toBeNull();
  });

  it('given an unvalidated policy naming a group it does not define, when routed, then the group is reported, not thrown', () => {
    const policy = makePolicy();
    policy.systems = policy.systems.map((system) =>
      system.key === 'dev-portal' ? { ...system, approverGroupIds: ['ghost-group'] } : system,
    );

    const result = routeChangeRequest(policy, makeChangeRequest({ affectedSystems: ['dev-portal'] }), now);

    expect(result.status).toBe('needs-attention');
    expect(group(result, 'ghost-group')?.name).toBe('ghost-group');
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'unknown-group', subject: 'ghost-group' }),
    ]);
  });
});
