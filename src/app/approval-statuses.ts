import type { ChangeType } from '../domain/change-request';

/**
 * The JSM workflow Async CAB expects (README, "Prepare the JSM project"): an approval status on the
 * Approver groups field, separate for emergency changes.
 */
export function approvalStatusFor(changeType: ChangeType): string {
  return changeType === 'emergency' ? 'Awaiting emergency approval' : 'Awaiting approval';
}

export const APPROVAL_STATUSES = ['Awaiting approval', 'Awaiting emergency approval'];
