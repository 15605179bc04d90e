import { DEFAULT_CHANGE_REQUEST_TYPES } from './change-request-types-schema';
import { type Policy } from './policy-schema';

/**
 * The demo site's policy (docs/demo-site.md): the local host saves it on a fresh start so that routing, the
 * JSM stand-in's seed and the tests agree. A real install starts from `emptyPolicy()` instead (its groups
 * and `acme/*` repositories exist only on the demo site). Group ids are Jira group ids, not names.
 */
export const DEMO_GROUP_IDS = {
  cabSecurity: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1001',
  cabOperations: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1002',
  cabPayments: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1003',
  cabPlatform: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1004',
  changeManagers: '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1005',
} as const;

const { cabSecurity, cabOperations, cabPayments, cabPlatform, changeManagers } = DEMO_GROUP_IDS;

export const demoPolicy: Policy = {
  // Only groups that approve or are escalated to; 'developers' and 'jira-administrators' never approve.
  approverGroups: [
    { groupId: cabSecurity, name: 'cab-security' },
    { groupId: cabOperations, name: 'cab-operations' },
    { groupId: cabPayments, name: 'cab-payments' },
    { groupId: cabPlatform, name: 'cab-platform' },
    { groupId: changeManagers, name: 'change-managers' },
  ],
  systems: [
    {
      key: 'payments-api',
      name: 'Payments API',
      approverGroupIds: [cabPayments, cabSecurity],
      repositories: ['acme/payments-api'],
      timeZone: 'Europe/London',
      criticality: 'high',
    },
    {
      key: 'checkout-web',
      name: 'Checkout web',
      approverGroupIds: [cabPayments],
      repositories: ['acme/checkout-web'],
      timeZone: 'Europe/London',
      criticality: 'medium',
    },
    {
      key: 'identity',
      name: 'Identity and SSO',
      approverGroupIds: [cabSecurity, cabPlatform],
      repositories: ['acme/identity-service'],
      timeZone: 'America/New_York',
      criticality: 'critical',
    },
    {
      key: 'k8s-platform',
      name: 'Kubernetes platform',
      approverGroupIds: [cabPlatform, cabOperations],
      repositories: ['acme/platform-infra'],
      timeZone: 'America/New_York',
      criticality: 'high',
    },
    {
      key: 'observability',
      name: 'Observability stack',
      approverGroupIds: [cabOperations],
      repositories: ['acme/observability'],
      timeZone: 'Australia/Sydney',
      criticality: 'medium',
    },
    {
      key: 'dev-portal',
      name: 'Developer portal',
      approverGroupIds: [cabPlatform],
      repositories: ['acme/dev-portal'],
      timeZone: 'Europe/London',
      criticality: 'low',
    },
  ],
  defaults: {
    timeZone: 'Europe/London',
    workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  },
  holidays: [
    { date: '2026-11-26', name: 'Thanksgiving', timeZones: ['America/New_York'] },
    { date: '2026-12-25', name: 'Christmas Day' },
    // 26 December 2026 is a Saturday: the UK and Australia observe Boxing Day on Monday the 28th.
    {
      date: '2026-12-28',
      name: 'Boxing Day (substitute day)',
      timeZones: ['Europe/London', 'Australia/Sydney'],
    },
    { date: '2027-01-01', name: "New Year's Day" },
    { date: '2027-01-26', name: 'Australia Day', timeZones: ['Australia/Sydney'] },
  ],
  changeTypes: {
    standard: {
      approvalsPerGroup: 1,
      responseTime: { kind: 'business', hours: 16 },
      reminders: { atFractions: [0.5], minimumGapHours: 4 },
      escalation: { groupId: changeManagers },
      // Pre-approved kinds of change: a low-risk one goes ahead when nobody objects within two working days.
      silenceIsConsent: { enabled: true, afterBusinessHours: 16, maxRisk: 'low' },
    },
    normal: {
      approvalsPerGroup: 1,
      responseTime: { kind: 'business', hours: 24 },
      reminders: { atFractions: [0.5, 0.9], minimumGapHours: 4 },
      escalation: { groupId: changeManagers },
      silenceIsConsent: { enabled: false },
    },
    emergency: {
      // The ECAB roles (docs/demo-site.md): one approval each on a 30-minute wall clock (docs/architecture.md, flow 5).
      approverGroupIds: [cabOperations, cabSecurity, changeManagers],
      approvalsPerGroup: 1,
      responseTime: { kind: 'wallClock', minutes: 30 },
      reminders: { atFractions: [0.5], minimumGapHours: 0 },
      escalation: { groupId: changeManagers },
      retrospective: { deadlineHours: 24 },
      postImplementationReview: {
        required: true,
        checklist: [
          'What happened, and why the change could not wait for normal approval',
          'Evidence that the change works (links to monitoring, tests or logs)',
          'Was the rollback plan used? If so, what happened',
          'Follow-up actions, each with an owner and a due date',
        ],
      },
    },
  },
  riskTiers: [
    {
      key: 'untested-or-no-rollback',
      name: 'Untested or no rollback plan',
      when: {
        any: [
          { fact: 'tested', equals: false },
          { fact: 'hasRollbackPlan', equals: false },
        ],
      },
      addApproverGroupIds: [cabSecurity],
      responseTimeHours: 8,
      silenceIsConsent: false,
    },
    {
      key: 'critical-impact',
      name: 'Critical system or high risk',
      when: {
        any: [
          { fact: 'systemCriticality', atLeast: 'critical' },
          { fact: 'risk', in: ['high', 'critical'] },
        ],
      },
      addApproverGroupIds: [changeManagers],
      silenceIsConsent: false,
    },
    {
      key: 'out-of-hours-window',
      name: 'Window outside working hours',
      // Operations is on call out of hours, so they should know (and agree) before the change runs.
      when: {
        all: [
          { fact: 'windowOutsideWorkingHours', equals: true },
          { fact: 'changeType', in: ['standard', 'normal'] },
        ],
      },
      addApproverGroupIds: [cabOperations],
    },
  ],
  repositories: {
    githubLogins: {},
    createOnMerge: true,
  },
  changeRequestTypes: DEFAULT_CHANGE_REQUEST_TYPES.map((type) => ({ ...type })),
  freezeWindows: [],
  // Only Jira admins until one names the change managers here (test/integration/app/policy-editors.test.ts).
  policyEditors: { groupIds: [] },
};
