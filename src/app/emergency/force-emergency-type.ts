/**
 * A CR raised with an emergency request type (policy `changeRequestTypes`) is an emergency, whatever its
 * change type answer says: a request can be created from any channel without the field's fixed choice.
 * The server overrides the answer and keeps why on the ledger, so the audit shows both.
 */
import type { ChangeRequest } from '../../domain/change-request';
import type { ChangeRequestKind } from '../../domain/policy';
import type { LedgerEntry } from '../ports/store-ports';

export interface ForcedChangeType {
  cr: ChangeRequest;
  override: NonNullable<LedgerEntry['changeTypeOverride']> | null;
}

export function forceEmergencyForRequestType(
  kind: ChangeRequestKind,
  requestTypeName: string,
  cr: ChangeRequest,
): ForcedChangeType {
  if (kind !== 'emergency' || cr.changeType === 'emergency') return { cr, override: null };
  return {
    cr: { ...cr, changeType: 'emergency' },
    override: {
      from: cr.changeType,
      to: 'emergency',
      reason: `Raised with the "${requestTypeName}" request type, so it is routed as an emergency although its change type said "${cr.changeType}".`,
    },
  };
}
