/**
 * The CAB questions are the app's Forge custom fields (manifest.yml `jira:customField`). This is the one
 * place that names them for both sides: the resolvers, the field experiences (static/cab-field-edit,
 * static/cab-field-view) and the forms that complete a change request on the portal.
 */

/** Logical field keys, in the order the request forms ask them. */
export const CAB_FIELD_KEYS = [
  'affectedSystems',
  'changeType',
  'risk',
  'changeWindow',
  'testEvidence',
  'consequence',
  'rollbackPlan',
  'linkedPullRequest',
] as const;
export type CabFieldKey = (typeof CAB_FIELD_KEYS)[number];

/** The fields a person answers; the linked pull request is read-only and written by the app. */
export const CAB_ANSWER_FIELD_KEYS = [
  'affectedSystems',
  'changeType',
  'risk',
  'changeWindow',
  'testEvidence',
  'consequence',
  'rollbackPlan',
] as const satisfies readonly CabFieldKey[];
export type CabAnswerFieldKey = (typeof CAB_ANSWER_FIELD_KEYS)[number];

/** Each field's `jira:customField` module key in manifest.yml. */
export const CAB_FIELD_MODULE_KEYS: Record<CabFieldKey, string> = {
  affectedSystems: 'cab-affected-systems',
  changeType: 'cab-change-type',
  risk: 'cab-risk',
  changeWindow: 'cab-change-window',
  testEvidence: 'cab-test-evidence',
  consequence: 'cab-consequence',
  rollbackPlan: 'cab-rollback-plan',
  linkedPullRequest: 'cab-linked-pull-request',
};

/** The field names people see (the manifest's `name`), for messages that list what is missing. */
export const CAB_FIELD_LABELS: Record<CabFieldKey, string> = {
  affectedSystems: 'Affected systems',
  changeType: 'Change type (CAB)',
  risk: 'Change risk',
  changeWindow: 'Change window',
  testEvidence: 'Test evidence',
  consequence: 'Consequence of not releasing now',
  rollbackPlan: 'Rollback plan',
  linkedPullRequest: 'Linked pull request',
};

/** The field a manifest module key stands for, or null for any other module. */
export function cabFieldKeyOfModule(moduleKey: string): CabFieldKey | null {
  return CAB_FIELD_KEYS.find((key) => CAB_FIELD_MODULE_KEYS[key] === moduleKey) ?? null;
}

/** How each field stores its value in Jira (the Forge field types and object schemas of manifest.yml). */
export interface CabFieldValueMap {
  affectedSystems: string[];
  changeType: 'standard' | 'normal' | 'emergency';
  risk: 'low' | 'medium' | 'high' | 'critical';
  changeWindow: { start: string; end: string; timeZone: string };
  testEvidence: { tested: true; evidenceUrl: string } | { tested: false; reason: string };
  consequence: { text: string };
  rollbackPlan: { text: string };
  linkedPullRequest: {
    repository: string;
    number: number;
    url: string;
    headSha: string;
    mergeSha?: string;
  };
}
