import { type RoutingResult } from './routing-result';

/**
 * The zone a routed CR's times are told in (emails, chat, records): that of the group whose clock gave the
 * deadline (its system's, else the policy's default zone, as routing chose it), else the first group's,
 * else `fallback` when no group was asked.
 */
export function deadlineTimeZone(
  routing: Pick<RoutingResult, 'groups' | 'deadline'>,
  fallback = 'UTC',
): string {
  const due = Date.parse(routing.deadline);
  const giving = routing.groups.find((group) => Date.parse(group.deadline) === due);
  return giving?.timeZone ?? routing.groups[0]?.timeZone ?? fallback;
}
