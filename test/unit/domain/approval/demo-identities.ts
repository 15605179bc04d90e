// Demo-site identities (docs/demo-site.md) so these tests read like the seeded site.
export const DANA = { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000001', displayName: 'Dana Lee' };
export const DEV = { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000002', displayName: 'Dev Patel' };
export const SAM = { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000003', displayName: 'Sam Rivera' };
export const ELENA = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000004',
  displayName: 'Elena Petrova',
};
export const OLIVIA = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000005',
  displayName: 'Olivia Chen',
};
export const PRIYA = { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000006', displayName: 'Priya Nair' };
export const PAT = { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000007', displayName: 'Pat Kim' };
export const MORGAN = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000008',
  displayName: 'Morgan Blake',
};

export const CAB_SECURITY = { groupId: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1001', name: 'cab-security' };
export const CAB_OPERATIONS = { groupId: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1002', name: 'cab-operations' };
export const CAB_PAYMENTS = { groupId: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1003', name: 'cab-payments' };
export const CAB_PLATFORM = { groupId: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1004', name: 'cab-platform' };

export const DEMO_MEMBERSHIP: Record<string, string[]> = {
  [CAB_SECURITY.groupId]: [SAM.accountId, ELENA.accountId],
  [CAB_OPERATIONS.groupId]: [OLIVIA.accountId],
  [CAB_PAYMENTS.groupId]: [PRIYA.accountId],
  [CAB_PLATFORM.groupId]: [DEV.accountId, PAT.accountId],
};
