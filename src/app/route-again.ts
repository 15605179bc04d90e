/**
 * A change request the policy could not route (an unknown system, a group that cannot reach its number,
 * no policy yet) waits in *needs attention*. Once a change manager has fixed the cause (the policy, the
 * group, the CR's answers), they route it again from the panel: the lifecycle takes it back to the answers
 * check and ensure-routed.ts routes it with the policy as it is now, or says what still stands in the way.
 */
import { transition } from '../domain/lifecycle';
import type { AppDeps } from './app-deps';
import { mayLookAfterChangeRequests } from './change-managers';
import { ensureRouted, type RouteOutcome } from './ensure-routed';
import { AppError } from './errors';
import { ledgerStatusOf, lifecycleOf } from './lifecycle/lifecycle-of';

export async function routeAgain(
  deps: AppDeps,
  caller: { accountId: string; isJiraAdmin: () => Promise<boolean> },
  issueKey: string,
): Promise<RouteOutcome> {
  const { policy } = await deps.policies.get();
  if (!(await mayLookAfterChangeRequests(deps, policy, caller)))
    throw new AppError(
      'FORBIDDEN',
      'Only change managers and Jira administrators can route a change request again.',
    );
  if (!(await deps.ledger.claim('routing', issueKey)))
    throw new AppError('CONFLICT', `${issueKey} is being routed right now; try again in a moment.`);
  try {
    const entry = await deps.ledger.get(issueKey);
    if (entry === undefined)
      throw new AppError('NOT_FOUND', `${issueKey} is not a change request the app knows.`);
    const moved = transition(lifecycleOf(entry), { kind: 'route-again' }, deps.clock.now());
    if (!moved.ok)
      throw new AppError('CONFLICT', `${issueKey} does not need attention: ${moved.refusal.message}`);
    await deps.ledger.put({ ...entry, status: ledgerStatusOf(moved.state), answerProblems: [] });
  } finally {
    await deps.ledger.release('routing', issueKey);
  }
  return ensureRouted(deps, issueKey);
}
