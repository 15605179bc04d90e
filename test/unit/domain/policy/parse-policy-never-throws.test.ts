import fc from 'fast-check';
import { demoPolicy, parsePolicy, policyFromYaml, policyToYaml } from '../../../../src/domain/policy';

describe('policy parsing never throws', () => {
  it('given any value, when parsed as a policy, then a result comes back', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parsePolicy(input);
        return result.ok || result.errors.length > 0;
      }),
    );
  });

  it('given the default policy YAML with any one line cut out, when imported, then a result comes back', () => {
    const lines = policyToYaml(demoPolicy).split('\n');
    fc.assert(
      fc.property(fc.nat({ max: lines.length - 1 }), (cut) => {
        const result = policyFromYaml(lines.filter((_, index) => index !== cut).join('\n'));
        return result.ok || result.errors.length > 0;
      }),
    );
  });
});
