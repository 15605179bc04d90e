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

/**
 * A JSM request type whose requests are change requests (src/domain/policy/change-request-types-schema.ts):
 * by id when the admin picked it from the site's list, else any request type of that name.
 */
export interface ChangeRequestTypeDoc {
  name: string;
  requestTypeId?: string;
  emergency: boolean;
  answersRequiredOnForm: boolean;
}

/** What the server assumes when a policy has no list yet: JSM's ITSM request types, by name. */
export function defaultChangeRequestTypes(): ChangeRequestTypeDoc[] {
  return [
    { name: 'Change', emergency: false, answersRequiredOnForm: false },
    { name: 'Emergency change', emergency: true, answersRequiredOnForm: false },
  ];
}

export interface PolicyDoc {
  approverGroups: GroupRef[];
  systems: SystemDoc[];
  defaults: { timeZone: string; workingHours: WorkingHoursDoc };
  holidays: unknown[];
  changeTypes: { standard: RoutineTypeDoc; normal: RoutineTypeDoc; emergency: EmergencyTypeDoc };
  riskTiers: RiskTierDoc[];
  repositories: unknown;
  changeRequestTypes: ChangeRequestTypeDoc[];
}

export type RoutineTypeKey = 'standard' | 'normal';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The outline the page navigates; `changeRequestTypes` may be absent from a policy saved before it existed. */
type PolicyOutline = Omit<PolicyDoc, 'changeRequestTypes'> & { changeRequestTypes?: ChangeRequestTypeDoc[] };

/**
 * The policy `getPolicy` returns was validated by the server when it was saved; this checks the outline
 * the page navigates (so a broken document shows a message instead of a crash), not every field.
 */
function isPolicyOutline(value: unknown): value is PolicyOutline {
  if (!isRecord(value) || !isRecord(value['changeTypes']) || !isRecord(value['defaults'])) return false;
  const types = value['changeTypes'];
  return (
    Array.isArray(value['approverGroups']) &&
    Array.isArray(value['systems']) &&
    Array.isArray(value['riskTiers']) &&
    Array.isArray(value['holidays']) &&
    (value['changeRequestTypes'] === undefined || Array.isArray(value['changeRequestTypes'])) &&
    isRecord(types['standard']) &&
    isRecord(types['normal']) &&
    isRecord(types['emergency'])
  );
}

export function isPolicyDoc(value: unknown): value is PolicyDoc {
  return isPolicyOutline(value) && value.changeRequestTypes !== undefined;
}

/**
 * The policy as the page edits it, or null when its outline is not what the page expects. A policy without
 * `changeRequestTypes` gets the list the server applies to it, so the Request types tab shows what is in force.
 */
export function readPolicyDoc(value: unknown): PolicyDoc | null {
  if (!isPolicyOutline(value)) return null;
  return { ...value, changeRequestTypes: value.changeRequestTypes ?? defaultChangeRequestTypes() };
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
