/**
 * Custom field ids differ per site: the app's Forge fields are found by their extension ARI ending in
 * `/static/<module key>`, the native Approver groups field by its type. Discovered once, kept in KVS for a day.
 */
import { kvs } from '@forge/kvs';
import { route } from '@forge/api';
import { z } from 'zod';
import type { CrFieldValues } from '../../app/ports/jira-port';
import { KEYS } from '../kvs/storage-keys';
import type { JiraRest } from './jira-rest';
import { FieldListSchema } from './jira-schemas';

export const CR_FIELD_MODULES: Record<Exclude<keyof CrFieldValues, 'approverGroupIds'>, string> = {
  affectedSystems: 'cab-affected-systems',
  changeType: 'cab-change-type',
  risk: 'cab-risk',
  changeWindow: 'cab-change-window',
  testEvidence: 'cab-test-evidence',
  consequence: 'cab-consequence',
  rollbackPlan: 'cab-rollback-plan',
  linkedPullRequest: 'cab-linked-pull-request',
};

const MULTI_GROUP_PICKER = 'com.atlassian.jira.plugin.system.customfieldtypes:multigrouppicker';
/** JSM's "Request Type" field; its value names the request type (`{ requestType: { name } }`). */
const REQUEST_TYPE_FIELD = 'com.atlassian.servicedesk:vp-origin';

const FieldIdsSchema = z.record(z.string(), z.string());
export type FieldIds = z.infer<typeof FieldIdsSchema>;

export async function fieldIds(jira: JiraRest): Promise<FieldIds> {
  const cached = FieldIdsSchema.safeParse(await kvs.get(KEYS.fieldIds));
  if (cached.success && cached.data.approverGroupIds !== undefined) return cached.data;
  const fields = await jira.json(FieldListSchema, route`/rest/api/3/field`);
  const ids: FieldIds = {};
  for (const field of fields) {
    const custom = field.schema?.custom ?? '';
    if (custom === MULTI_GROUP_PICKER && field.name === 'Approver groups') ids.approverGroupIds = field.id;
    if (custom === REQUEST_TYPE_FIELD) ids.requestType = field.id;
    for (const [logical, moduleKey] of Object.entries(CR_FIELD_MODULES)) {
      if (custom.endsWith(`/static/${moduleKey}`)) ids[logical] = field.id;
    }
  }
  if (ids.approverGroupIds === undefined) {
    throw new Error(
      'This site has no "Approver groups" field: Async CAB needs JSM approvals on Approver groups (see the setup check).',
    );
  }
  await kvs.set(KEYS.fieldIds, ids, { ttl: { value: 1, unit: 'DAYS' } });
  return ids;
}
