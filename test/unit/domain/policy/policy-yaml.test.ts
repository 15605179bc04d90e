import { demoPolicy, policyFromYaml, policyToYaml } from '../../../../src/domain/policy';

describe('policy YAML import and export', () => {
  it('given the default policy, when exported and imported again, then it is the same policy', () => {
    const result = policyFromYaml(policyToYaml(demoPolicy));

    expect(result).toEqual({ ok: true, value: demoPolicy });
  });

  it('given broken YAML, when imported, then a yaml-syntax error gives the line', () => {
    const result = policyFromYaml('approverGroups:\n  - groupId: a\n    name: [unclosed\nsystems: []\n');

    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({ field: '', code: 'yaml-syntax', line: 4 }),
    ]);
    expect(result.ok ? '' : result.errors[0]?.message).toMatch(/^YAML syntax error on line \d+: /);
  });

  it('given a key written twice, when imported, then it is a syntax error instead of a silent overwrite', () => {
    const result = policyFromYaml('holidays: []\nholidays: []\n');

    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({ code: 'yaml-syntax', line: 2 }),
    ]);
  });

  it('given valid YAML with an invalid value, when imported, then the field error carries the line of that value', () => {
    const text = policyToYaml(demoPolicy).replace('criticality: critical', 'criticality: catastrophic');
    const expectedLine = text.split('\n').findIndex((line) => line.includes('catastrophic')) + 1;

    const result = policyFromYaml(text);

    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({ field: 'systems.2.criticality', code: 'invalid-value', line: expectedLine }),
    ]);
  });

  it('given an empty document, when imported, then the policy is reported missing rather than thrown', () => {
    const result = policyFromYaml('');

    expect(result.ok ? [] : result.errors).toEqual([
      {
        field: '',
        code: 'wrong-type',
        message:
          'The policy must be one document with approverGroups, systems, defaults, holidays, changeTypes, riskTiers and repositories.',
      },
    ]);
  });
});
