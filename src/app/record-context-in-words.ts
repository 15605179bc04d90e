/**
 * The context section of a decision record with the systems by the names the policy gives them: the
 * lifecycle's record parts (lifecycle/record-parts.ts) carry the CR's system keys, which people do not
 * read. The change type and risk are put in words by the record itself (domain/decision-record).
 */
import type { ChangeRequest } from '../domain/change-request';
import { systemNames } from '../domain/policy/system-names';
import type { RoutingResult } from '../domain/routing';
import { recordContext } from './lifecycle/record-parts';
import type { PolicyRepository } from './ports/store-ports';

export async function recordContextInWords(
  policies: PolicyRepository,
  cr: ChangeRequest,
  routing: RoutingResult,
): Promise<ReturnType<typeof recordContext>> {
  const { policy } = await policies.get();
  return { ...recordContext(cr, routing), systems: systemNames(policy, cr.affectedSystems) };
}
