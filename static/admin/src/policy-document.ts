/**
 * The policy as the admin page edits it. The document's types are the server's (derived from its schema,
 * shared through @async-cab/shared/client as types only); the page's working copy differs from them only
 * where a person may still be typing: a risk tier's condition is JSON text that may not parse or validate
 * yet (condition-json-field.tsx keeps such text as a string), and the server checks it when it is saved.
 */
import type {
  PolicyApproverGroup,
  PolicyChangeRequestType,
  PolicyDocument,
  PolicyRiskTier,
  PolicySeverity,
  PolicySystem,
} from '@async-cab/shared/client';

/** The criticality choices, in the order of the server's scale. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const satisfies readonly PolicySeverity[];

/** A risk tier being edited: its condition is whatever JSON (or not-yet-JSON text) the person typed. */
export type RiskTierDraft = Omit<PolicyRiskTier, 'when'> & { when: unknown };

/** The policy being edited: the server's document with its risk tiers as drafts. */
export type PolicyDraft = Omit<PolicyDocument, 'riskTiers'> & { riskTiers: RiskTierDraft[] };

/** What the server assumes when a policy has no list yet: JSM's ITSM request types, by name. */
export function defaultChangeRequestTypes(): PolicyChangeRequestType[] {
  return [
    { name: 'Change', emergency: false, answersRequiredOnForm: false },
    { name: 'Emergency change', emergency: true, answersRequiredOnForm: false },
  ];
}

/** The change types that run on business hours (the emergency type has its own form). */
export type RoutineTypeKey = Exclude<keyof PolicyDocument['changeTypes'], 'emergency'>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The outline the page navigates; parts with a server default may be absent from an older policy. */
type PolicyOutline = Omit<PolicyDraft, 'changeRequestTypes' | 'policyEditors'> & {
  changeRequestTypes?: PolicyChangeRequestType[];
  policyEditors?: PolicyDraft['policyEditors'];
};

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

export function isPolicyDraft(value: unknown): value is PolicyDraft {
  return (
    isPolicyOutline(value) && value.changeRequestTypes !== undefined && value.policyEditors !== undefined
  );
}

/**
 * The policy as the page edits it, or null when its outline is not what the page expects. A policy without
 * `changeRequestTypes` gets the list the server applies to it, so the Request types tab shows what is in force.
 */
export function readPolicyDraft(value: unknown): PolicyDraft | null {
  if (!isPolicyOutline(value)) return null;
  return {
    ...value,
    changeRequestTypes: value.changeRequestTypes ?? defaultChangeRequestTypes(),
    policyEditors: value.policyEditors ?? { groupIds: [] },
  };
}

/** Every group the policy uses must be listed in approverGroups (policy-consistency.ts 'unknown-group'). */
export function withGroup(policy: PolicyDraft, group: PolicyApproverGroup): PolicyDraft {
  if (policy.approverGroups.some((known) => known.groupId === group.groupId)) return policy;
  return { ...policy, approverGroups: [...policy.approverGroups, group] };
}

export function groupName(policy: PolicyDraft, groupId: string): string {
  return policy.approverGroups.find((group) => group.groupId === groupId)?.name ?? groupId;
}

export function newSystem(policy: PolicyDraft): PolicySystem {
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
