/**
 * What a plain REST client needs to raise a change request with its CAB answers: the site's field ids of
 * the app's custom fields (GET /rest/api/3/field, found by the Forge extension ARI ending in
 * `/static/<module key>`), and the answers written as those fields' values (docs/platform-assumptions.md). Written
 * from the manifest's field types, not from the app's code, so the tests check the app from outside.
 */
const MODULES = {
  affectedSystems: 'cab-affected-systems',
  changeType: 'cab-change-type',
  risk: 'cab-risk',
  changeWindow: 'cab-change-window',
  testEvidence: 'cab-test-evidence',
  consequence: 'cab-consequence',
  rollbackPlan: 'cab-rollback-plan',
  linkedPullRequest: 'cab-linked-pull-request',
} as const;

export type CabFieldIds = Record<keyof typeof MODULES, string>;

interface FieldJson {
  id: string;
  schema?: { custom?: string };
}

export async function fetchCabFieldIds(baseUrl: string, authorization: string): Promise<CabFieldIds> {
  const response = await fetch(`${baseUrl}/rest/api/3/field`, { headers: { authorization } });
  if (response.status !== 200) throw new Error(`GET /rest/api/3/field answered ${String(response.status)}`);
  const fields = (await response.json()) as FieldJson[];
  const ids: Partial<CabFieldIds> = {};
  for (const [key, moduleKey] of Object.entries(MODULES) as [keyof typeof MODULES, string][]) {
    const field = fields.find((candidate) => candidate.schema?.custom?.endsWith(`/static/${moduleKey}`));
    if (field === undefined) throw new Error(`The site has no field for ${moduleKey}.`);
    ids[key] = field.id;
  }
  return ids as CabFieldIds;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * CAB answers in the request form's shape (affectedSystems, changeType, risk, plannedWindow, testing,
 * consequenceOfNotReleasing, rollbackPlan) as `requestFieldValues` / Edit issue `fields` by field id.
 * An answer left out is left out; `null` clears the field.
 */
export function cabFieldValues(answers: Record<string, unknown>, ids: CabFieldIds): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const put = (key: keyof CabFieldIds, value: unknown) => {
    if (value !== undefined) values[ids[key]] = value;
  };
  put('affectedSystems', answers['affectedSystems']);
  put('changeType', answers['changeType']);
  put('risk', answers['risk']);
  put('changeWindow', answers['plannedWindow']);
  const testing = answers['testing'];
  put(
    'testEvidence',
    isRecord(testing)
      ? testing['tested'] === true
        ? { tested: true, evidenceUrl: testing['evidenceUrl'] }
        : { tested: false, reason: testing['reason'] }
      : testing,
  );
  const text = (value: unknown) => (typeof value === 'string' ? { text: value } : value);
  put('consequence', text(answers['consequenceOfNotReleasing']));
  put('rollbackPlan', text(answers['rollbackPlan']));
  return values;
}
