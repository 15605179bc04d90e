import { type ApprovalDecision, type ApprovalSnapshot } from '../../../../src/domain/approval';

interface PersonRef {
  readonly accountId: string;
  readonly displayName: string;
}

/** Test-data factory: one JSM approval with the given answers. */
export function makeApproval(overrides: {
  readonly id?: string;
  readonly finalDecision?: ApprovalDecision;
  readonly answers?: readonly (readonly [PersonRef, ApprovalDecision])[];
  readonly createdAt?: number;
}): ApprovalSnapshot {
  return {
    id: overrides.id ?? '7',
    finalDecision: overrides.finalDecision ?? 'pending',
    approvers: (overrides.answers ?? []).map(([person, approverDecision]) => ({
      approver: { accountId: person.accountId, displayName: person.displayName },
      approverDecision,
    })),
    createdDate: { epochMillis: overrides.createdAt ?? Date.UTC(2026, 10, 20, 9, 15) },
  };
}
