import {
  changeRequestKindOf,
  demoPolicy,
  emptyPolicy,
  isUnconfigured,
  parsePolicy,
} from '../../../../src/domain/policy';

describe('changeRequestKindOf', () => {
  const types = [
    { name: 'Change', emergency: false, answersRequiredOnForm: false },
    { name: 'Emergency change', emergency: true, answersRequiredOnForm: false },
    { name: 'Hotfix', requestTypeId: '42', emergency: true, answersRequiredOnForm: true },
  ];

  it('matches by name, case-insensitively, when the entry names no id', () => {
    expect(changeRequestKindOf(types, { id: '10', name: 'change' })).toBe('change');
    expect(changeRequestKindOf(types, { id: '11', name: 'Emergency Change ' })).toBe('emergency');
  });

  it('matches an entry with an id by that id only', () => {
    expect(changeRequestKindOf(types, { id: '42', name: 'Something else' })).toBe('emergency');
    expect(changeRequestKindOf(types, { id: '43', name: 'Hotfix' })).toBeNull();
  });

  it('leaves any other request type, and issues without one, alone', () => {
    expect(changeRequestKindOf(types, { id: '12', name: 'Get IT help' })).toBeNull();
    expect(changeRequestKindOf(types, null)).toBeNull();
  });
});

describe('the policy with change request types', () => {
  it('defaults to Change and Emergency change when a stored policy has none', () => {
    const { changeRequestTypes: _omitted, ...older } = demoPolicy;

    const parsed = parsePolicy(older);

    expect(parsed.ok && parsed.value.changeRequestTypes.map((type) => [type.name, type.emergency])).toEqual([
      ['Change', false],
      ['Emergency change', true],
    ]);
  });

  it('refuses the same request type twice, naming it', () => {
    const parsed = parsePolicy({
      ...demoPolicy,
      changeRequestTypes: [
        { name: 'Change', requestTypeId: '10', emergency: false, answersRequiredOnForm: false },
        { name: 'Change again', requestTypeId: '10', emergency: true, answersRequiredOnForm: false },
      ],
    });

    expect(!parsed.ok && parsed.errors).toEqual([
      expect.objectContaining({ field: 'changeRequestTypes.1.requestTypeId', code: 'duplicate' }),
    ]);
  });
});

describe("the policy's approvals per group follow JSM's one number per approval step", () => {
  it('refuses standard and normal changes asking different numbers (they share Awaiting approval)', () => {
    const policy = structuredClone(demoPolicy);
    policy.changeTypes.standard.approvalsPerGroup = 2;

    const parsed = parsePolicy(policy);

    expect(!parsed.ok && parsed.errors).toEqual([
      expect.objectContaining({
        field: 'changeTypes.standard.approvalsPerGroup',
        code: 'approvals-not-shared',
      }),
    ]);
  });

  it('refuses a risk tier asking for another number, and accepts one asking for the same', () => {
    const policy = structuredClone(demoPolicy);
    const tier = policy.riskTiers[0];
    if (tier === undefined) throw new Error('the demo policy has risk tiers');
    tier.approvalsPerGroup = 2;
    const refused = parsePolicy(policy);
    tier.approvalsPerGroup = 1;
    const accepted = parsePolicy(policy);

    expect(!refused.ok && refused.errors).toEqual([
      expect.objectContaining({ field: 'riskTiers.0.approvalsPerGroup', code: 'approvals-not-shared' }),
    ]);
    expect(accepted.ok).toBe(true);
  });
});

describe('the empty policy of a fresh install', () => {
  it('is a valid policy with no groups, systems or change managers', () => {
    const parsed = parsePolicy(emptyPolicy());

    expect(parsed.ok).toBe(true);
    expect(parsed.ok && isUnconfigured(parsed.value)).toBe(true);
    expect(isUnconfigured(demoPolicy)).toBe(false);
  });
});
