/**
 * The policy as the admin page edits it: the JSON shape of src/domain/policy/policy-schema.ts, written out
 * here because static/ may not import the domain (layer rule). The server validates every save, so these
 * types only describe what the page reads and writes; parts the page does not edit (defaults, holidays,
 * repositories settings) travel through untouched.
 */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface GroupRef {
  groupId: string;
  name: string;
}

export interface WorkingHoursDoc {
  days: number[];
  start: string;
  end: string;
}

export interface SystemDoc {
  key: string;
  name: string;
  approverGroupIds: string[];
  repositories: string[];
  timeZone: string;
  workingHours?: WorkingHoursDoc;
  criticality: Severity;
}

export interface RemindersDoc {
  atFractions: number[];
  minimumGapHours: number;
}

export type SilenceDoc =
  { enabled: false } | { enabled: true; afterBusinessHours: number; maxRisk: 'low' | 'medium' };

export interface RoutineTypeDoc {
  approvalsPerGroup: number;
  responseTime: { kind: 'business'; hours: number };
  reminders: RemindersDoc;
  escalation: { groupId: string };
  silenceIsConsent: SilenceDoc;
}

export interface EmergencyTypeDoc {
  approverGroupIds: string[];
  approvalsPerGroup: number;
  responseTime: { kind: 'wallClock'; minutes: number };
  reminders: RemindersDoc;
  escalation: { groupId: string };
  retrospective: { deadlineHours: number };
  postImplementationReview: { required: boolean; checklist: string[] };
}

export interface RiskTierDoc {
  key: string;
  name: string;
  /** A condition tree ({ all }, { any } or { fact, ... }); edited as JSON and validated by the server. */
  when: unknown;
  addApproverGroupIds?: string[];
  approvalsPerGroup?: number;
  responseTimeHours?: number;
  silenceIsConsent?: false;
}

export interface PolicyDoc {
  approverGroups: GroupRef[];
  systems: SystemDoc[];
  defaults: { timeZone: string; workingHours: WorkingHoursDoc };
  holidays: unknown[];
  changeTypes: { standard: RoutineTypeDoc; normal: RoutineTypeDoc; emergency: EmergencyTypeDoc };
  riskTiers: RiskTierDoc[];
  repositories: unknown;
}

export type RoutineTypeKey = 'standard' | 'normal';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The policy `getPolicy` returns was validated by the server when it was saved; this checks the outline
 * the page navigates (so a broken document shows a message instead of a crash), not every field.
 */
export function isPolicyDoc(value: unknown): value is PolicyDoc {
  if (!isRecord(value) || !isRecord(value['changeTypes']) || !isRecord(value['defaults'])) return false;
  const types = value['changeTypes'];
  return (
    Array.isArray(value['approverGroups']) &&
    Array.isArray(value['systems']) &&
    Array.isArray(value['riskTiers']) &&
    Array.isArray(value['holidays']) &&
    isRecord(types['standard']) &&
    isRecord(types['normal']) &&
    isRecord(types['emergency'])
  );
}

/** Every group the policy uses must be listed in approverGroups (policy-consistency.ts 'unknown-group'). */
export function withGroup(policy: PolicyDoc, group: GroupRef): PolicyDoc {
  if (policy.approverGroups.some((known) => known.groupId === group.groupId)) return policy;
  return { ...policy, approverGroups: [...policy.approverGroups, group] };
}

export function groupName(policy: PolicyDoc, groupId: string): string {
  return policy.approverGroups.find((group) => group.groupId === groupId)?.name ?? groupId;
}

export function newSystem(policy: PolicyDoc): SystemDoc {
  return {
    key: '',
    name: '',
    approverGroupIds: [],
    repositories: [],
    timeZone: policy.defaults.timeZone,
    criticality: 'medium',
  };
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}
