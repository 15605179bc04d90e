/**
 * Affected systems by name, in the stored order. A key the policy no longer has (a system renamed or
 * removed after the request was raised) is shown as the key, marked, so nobody mistakes it for a known
 * one; without the policy (its options could not load) the keys are all there is.
 */
import type { CabFieldOptionsView } from '@async-cab/shared/client';

export interface SystemLine {
  key: string;
  text: string;
  /** null when the policy could not be read, so nothing is claimed about the key. */
  inPolicy: boolean | null;
}

export function describeSystems(
  keys: readonly string[],
  systems: CabFieldOptionsView['systems'] | null,
): SystemLine[] {
  return keys.map((key) => {
    if (systems === null) return { key, text: key, inPolicy: null };
    const system = systems.find((candidate) => candidate.key === key);
    return system === undefined
      ? { key, text: `${key} (not in the policy)`, inPolicy: false }
      : { key, text: system.name, inPolicy: true };
  });
}
