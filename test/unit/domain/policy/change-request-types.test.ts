import { changeRequestKindOf, parsePolicy, defaultPolicy } from '../../../../src/domain/policy';

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
    const { changeRequestTypes: _omitted, ...older } = defaultPolicy;

    const parsed = parsePolicy(older);

    expect(parsed.ok && parsed.value.changeRequestTypes.map((type) => [type.name, type.emergency])).toEqual([
      ['Change', false],
      ['Emergency change', true],
    ]);
  });

  it('refuses the same request type twice, naming it', () => {
    const parsed = parsePolicy({
      ...defaultPolicy,
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
