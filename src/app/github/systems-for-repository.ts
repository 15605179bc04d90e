import type { Policy } from '../../domain/policy';

/** Repository -> systems from the policy (docs/architecture.md); GitHub names are case-insensitive. */
export function systemsForRepository(policy: Policy, repository: string): string[] {
  const wanted = repository.toLowerCase();
  return policy.systems
    .filter((system) => system.repositories.some((repo) => repo.toLowerCase() === wanted))
    .map((system) => system.key);
}
