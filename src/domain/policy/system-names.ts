import { type Policy } from './policy-schema';

/**
 * Systems by the names the policy gives them ("Payments API"), in the order given; a key the policy no
 * longer knows is shown as the key, so nothing the change request named is dropped.
 */
export function systemNames(policy: Pick<Policy, 'systems'>, keys: readonly string[]): string[] {
  return keys.map((key) => policy.systems.find((system) => system.key === key)?.name ?? key);
}
