import { demoPolicy, type Policy } from '../../src/domain/policy';

/** A deep copy of the default policy (docs/demo-site.md) with top-level overrides. */
export function makePolicy(overrides: Partial<Policy> = {}): Policy {
  return { ...structuredClone(demoPolicy), ...overrides };
}
