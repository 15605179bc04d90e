import { demoPolicy, parsePolicy } from '../../../../src/domain/policy';

const id = (suffix: string): string => `0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b${suffix}`;

describe('demoPolicy', () => {
  it('given the default policy, when parsed, then it is valid and unchanged', () => {
    const result = parsePolicy(demoPolicy);

    expect(result.ok && result.value).toEqual(demoPolicy);
  });

  it('given the demo site, when reading the approver groups, then ids and names match docs/demo-site.md', () => {
    expect(demoPolicy.approverGroups).toEqual([
      { groupId: id('1001'), name: 'cab-security' },
      { groupId: id('1002'), name: 'cab-operations' },
      { groupId: id('1003'), name: 'cab-payments' },
      { groupId: id('1004'), name: 'cab-platform' },
      { groupId: id('1005'), name: 'change-managers' },
    ]);
  });

  it('given the demo site, when reading the systems, then each matches docs/demo-site.md', () => {
    const rows = demoPolicy.systems.map((system) => [
      system.key,
      system.name,
      system.approverGroupIds,
      system.repositories,
      system.timeZone,
      system.criticality,
    ]);

    expect(rows).toEqual([
      [
        'payments-api',
        'Payments API',
        [id('1003'), id('1001')],
        ['acme/payments-api'],
        'Europe/London',
        'high',
      ],
      ['checkout-web', 'Checkout web', [id('1003')], ['acme/checkout-web'], 'Europe/London', 'medium'],
      [
        'identity',
        'Identity and SSO',
        [id('1001'), id('1004')],
        ['acme/identity-service'],
        'America/New_York',
        'critical',
      ],
      [
        'k8s-platform',
        'Kubernetes platform',
        [id('1004'), id('1002')],
        ['acme/platform-infra'],
        'America/New_York',
        'high',
      ],
      [
        'observability',
        'Observability stack',
        [id('1002')],
        ['acme/observability'],
        'Australia/Sydney',
        'medium',
      ],
      ['dev-portal', 'Developer portal', [id('1004')], ['acme/dev-portal'], 'Europe/London', 'low'],
    ]);
  });

  it('given the emergency rules, when read, then ECAB is operations, security and change managers on 30 minutes', () => {
    const { emergency } = demoPolicy.changeTypes;

    expect(emergency.approverGroupIds).toEqual([id('1002'), id('1001'), id('1005')]);
    expect(emergency.approvalsPerGroup).toBe(1);
    expect(emergency.responseTime).toEqual({ kind: 'wallClock', minutes: 30 });
    expect(emergency.retrospective.deadlineHours).toBe(24);
    expect(emergency.postImplementationReview.required).toBe(true);
    expect(emergency.postImplementationReview.checklist).toHaveLength(4);
  });

  it('given the routine change types, when read, then silence is consent only for low-risk standard changes', () => {
    const { standard, normal } = demoPolicy.changeTypes;

    expect(standard).toMatchObject({
      approvalsPerGroup: 1,
      responseTime: { kind: 'business', hours: 16 },
      silenceIsConsent: { enabled: true, afterBusinessHours: 16, maxRisk: 'low' },
    });
    expect(normal).toMatchObject({
      approvalsPerGroup: 1,
      responseTime: { kind: 'business', hours: 24 },
      reminders: { atFractions: [0.5, 0.9], minimumGapHours: 4 },
      escalation: { groupId: id('1005') },
      silenceIsConsent: { enabled: false },
    });
  });
});
