/**
 * "Object": while a silence-eligible CR's objection window is open, an approver of one of
 * its groups or a change manager (its escalation group) can object with a reason. Any objection stops
 * silence from counting as consent (src/app/sweeps/approve-by-silence.ts); the approvers still decide.
 * Authorization is decided here from the caller's account id, never from the payload (docs/architecture.md).
 */
import { AppError } from '../errors';
import { chatLink, chatText } from '../chat-text';
import type { Objection } from '../ports/sweep-ports';
import { memberOfGroups } from './member-of-groups';
import type { SweepDeps } from './sweep-deps';

export async function objectToChange(
  deps: SweepDeps,
  callerAccountId: string,
  request: { issueKey: string; reason: string },
): Promise<Objection> {
  const entry = await deps.app.ledger.get(request.issueKey);
  const routing = entry?.routing;
  if (entry === undefined || routing == null) {
    throw new AppError('NOT_FOUND', `${request.issueKey} is not a routed change request.`);
  }
  const silence = routing.silenceIsConsent;
  if (silence === null) {
    throw new AppError(
      'FORBIDDEN',
      'Silence is not consent for this change, so there is nothing to object to.',
    );
  }
  if (entry.status !== 'awaiting-approval' || entry.decision !== null) {
    throw new AppError('ALREADY_DECIDED', `${request.issueKey} is no longer waiting for approval.`);
  }
  const now = deps.app.clock.now();
  if (Date.parse(silence.objectionDeadline) <= now.getTime()) {
    throw new AppError('ALREADY_DECIDED', `The objection window of ${request.issueKey} has closed.`);
  }
  const person = await memberOfGroups(deps, callerAccountId, [
    ...routing.groups.map((group) => group.groupId),
    routing.escalation.groupId,
  ]);
  if (person === null) {
    throw new AppError('FORBIDDEN', 'Only the approvers of this change and change managers can object.');
  }
  const objection: Objection = {
    accountId: callerAccountId,
    displayName: person.displayName,
    at: now.toISOString(),
    reason: request.reason,
  };
  await deps.store.recordObjection(request.issueKey, objection);
  await deps.app.chat.post({
    text: chatText`${person.displayName} objected to ${request.issueKey}, so silence will not approve it: ${request.reason} ${chatLink(entry.issueUrl)}`,
    urgent: false,
    issueKey: request.issueKey,
  });
  return objection;
}
