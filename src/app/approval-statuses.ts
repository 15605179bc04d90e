import type { ChangeType } from '../domain/change-request';

/**
 * The JSM workflow Async CAB expects (README, "Prepare the JSM project"): an approval status on the
 * Approver groups field, separate for emergency changes.
 */
export function approvalStatusFor(changeType: ChangeType): string {
  return changeType === 'emergency' ? 'Awaiting emergency approval' : 'Awaiting approval';
}

export const APPROVAL_STATUSES = ['Awaiting approval', 'Awaiting emergency approval'];

/**
 * Where a change request waits while its CAB answers are incomplete. Optional in the workflow: without it the
 * request stays where it is and the app's views say it waits for answers (README, "Waiting for answers").
 */
export const WAITING_FOR_ANSWERS_STATUS = 'Waiting for answers';
