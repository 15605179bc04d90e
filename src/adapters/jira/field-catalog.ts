/**
 * Custom field ids differ per site: the app's Forge fields are found by their extension ARI ending in
 * `/static/<module key>`, the native Approver groups field by its type. Discovered once, kept in KVS for a day.
 * `GET /rest/api/3/field` answers only the fields the caller may view, so callers pass the app's client
 * (asApp): a catalogue filled by one user's view would leave fields out for everyone.
 */
import { kvs } from '@forge/kvs';
import { route } from '@forge/api';
import { z } from 'zod';
import { CAB_FIELD_MODULE_KEYS } from '../../shared/cab-fields';
import { KEYS } from '../kvs/storage-keys';
import type { JiraRest } from './jira-rest';
import { FieldListSchema } from './jira-schemas';

export const CR_FIELD_MODULES = CAB_FIELD_MODULE_KEYS;

const MULTI_GROUP_PICKER = 'com.atlassian.jira.plugin.system.customfieldtypes:multigrouppicker';
/** JSM's "Request Type" field; its value names the request type (`{ requestType: { name } }`). */
const REQUEST_TYPE_FIELD = 'com.atlassian.servicedesk:vp-origin';

const FieldIdsSchema = z.record(z.string(), z.string());
export type FieldIds = z.infer<typeof FieldIdsSchema>;

export async function fieldIds(jira: JiraRest): Promise<FieldIds> {
  const cached = FieldIdsSchema.safeParse(await kvs.get(KEYS.fieldIds));
  if (cached.success && missingFields(cached.data).length === 0) return cached.data;
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
  const missing = missingFields(ids);
  if (missing.length === 0) {
    await kvs.set(KEYS.fieldIds, ids, { ttl: { value: 1, unit: 'DAYS' } });
  } else {
    // Not cached, so the catalogue is read again once the site is fixed; the setup check says what to do.
    console.warn(`Async CAB: the site's field list lacks ${missing.join(', ')} (see the setup check).`);
  }
  return ids;
}

/** The fields the app needs that the catalogue did not find. */
export function missingFields(ids: FieldIds): string[] {
  return ['approverGroupIds', 'requestType', ...Object.keys(CR_FIELD_MODULES)].filter(
    (key) => ids[key] === undefined,
  );
}

/** The Approver groups field's id, or a clear error when the site has none (JSM approvals need it). */
export function approverGroupsFieldId(ids: FieldIds): string {
  const id = ids.approverGroupIds;
  if (id === undefined) {
    throw new Error(
      'This site has no "Approver groups" field: Async CAB needs JSM approvals on Approver groups (see the setup check).',
    );
  }
  return id;
}
