/**
 * Issue 6 item 1: a CR raised with the Emergency change request type is an emergency, whatever the portal
 * answer says (the form fixes it, but a request can be created without the form). The server overrides
 * the answer and keeps why on the ledger, so the audit shows both.
 */
import type { ChangeRequest } from '../../domain/change-request';
import type { AppDeps } from '../app-deps';
import type { IssueSnapshot } from '../ports/jira-port';
import type { LedgerEntry } from '../ports/store-ports';
import { EMERGENCY_REQUEST_TYPE_NAMES } from '../portal-form';

export interface ForcedChangeType {
  cr: ChangeRequest;
  override: NonNullable<LedgerEntry['changeTypeOverride']> | null;
}

export async function forceEmergencyForRequestType(
  deps: AppDeps,
  issue: Pick<IssueSnapshot, 'key' | 'requestTypeName'>,
  cr: ChangeRequest,
): Promise<ForcedChangeType> {
  if (cr.changeType === 'emergency') return { cr, override: null };
  // The issue read usually carries the request type already; ask only when it did not.
  let name = issue.requestTypeName;
  if (name === undefined) {
    if (deps.emergency === undefined) return { cr, override: null };
    name = await deps.emergency.requestTypeName(issue.key);
  }
  if (name === null || !EMERGENCY_REQUEST_TYPE_NAMES.includes(name.toLowerCase())) {
    return { cr, override: null };
  }
  return {
    cr: { ...cr, changeType: 'emergency' },
    override: {
      from: cr.changeType,
      to: 'emergency',
      reason: `Raised with the "${name}" request type, so it is routed as an emergency although the form said "${cr.changeType}".`,
    },
  };
}
