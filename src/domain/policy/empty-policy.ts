import { DEFAULT_CHANGE_REQUEST_TYPES } from './change-request-types-schema';
import { type Policy } from './policy-schema';

/**
 * The policy of a fresh install: no groups, no systems, no change managers yet, but sensible clocks, so an
 * admin only has to add the first system and choose who approves and who is escalated to (the admin page and
 * the setup check walk them through it). Until a system exists no change request is routed.
 */
export function emptyPolicy(): Policy {
  const routine = (hours: number): Policy['changeTypes']['normal'] => ({
    approvalsPerGroup: 1,
    responseTime: { kind: 'business', hours },
    reminders: { atFractions: [0.5, 0.9], minimumGapHours: 4 },
    escalation: { groupId: '' },
    silenceIsConsent: { enabled: false },
  });
  return {
    approverGroups: [],
    systems: [],
    defaults: { timeZone: 'UTC', workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } },
    holidays: [],
    changeTypes: {
      standard: routine(8),
      normal: routine(16),
      emergency: {
        approverGroupIds: [],
        approvalsPerGroup: 1,
        responseTime: { kind: 'wallClock', minutes: 30 },
        reminders: { atFractions: [0.5], minimumGapHours: 0 },
        escalation: { groupId: '' },
        retrospective: { deadlineHours: 24 },
        postImplementationReview: {
          required: true,
          checklist: [
            'What happened, and why it could not wait',
            'Was the change effective?',
            'What would have let it go through the normal route?',
          ],
        },
      },
    },
    riskTiers: [],
    repositories: { githubLogins: {}, createOnMerge: false },
    changeRequestTypes: DEFAULT_CHANGE_REQUEST_TYPES.map((type) => ({ ...type })),
    freezeWindows: [],
    policyEditors: { groupIds: [] },
  };
}

/** True until an admin has added a system: nothing can be routed before that. */
export function isUnconfigured(policy: Policy): boolean {
  return policy.systems.length === 0;
}
