import { z } from 'zod';

import type { ForgeFieldSlot } from './field-frames';
import type { LookupFailure } from './jira-lookups';
import { extensionAri, type UiCatalog } from './ui-module-catalog';
import type { UiHostOptions } from './ui-host-options';

type RequestJira = UiHostOptions['requestJira'];

const fieldListSchema = z.array(
  z.looseObject({
    id: z.string(),
    name: z.string(),
    schema: z.looseObject({ custom: z.string().optional() }).optional(),
  }),
);
export type JiraFieldList = z.infer<typeof fieldListSchema>;

function parseJson(body: string): unknown {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed;
  } catch {
    return undefined;
  }
}

/**
 * `GET /rest/api/3/field` as the person (OpenAPI `getFields`: it "only returns the fields that the user has
 * permission to view"). Forge fields carry their extension ARI in `schema.custom` (docs/platform-assumptions.md).
 */
export async function fetchFields(
  requestJira: RequestJira,
  accountId: string,
): Promise<JiraFieldList | LookupFailure> {
  const response = await requestJira(
    {
      method: 'GET',
      path: '/rest/api/3/field',
      query: new URLSearchParams(),
      headers: { accept: 'application/json' },
      body: '',
    },
    accountId,
  );
  const parsed = response.status === 200 ? fieldListSchema.safeParse(parseJson(response.body)) : undefined;
  if (parsed?.success === true) return parsed.data;
  return {
    failed: true,
    status: response.status === 200 ? 502 : response.status,
    message: `GET /rest/api/3/field: Jira answered ${String(response.status)} ${response.body.slice(0, 300)}`,
  };
}

/** The app's custom fields Jira lists, in manifest order, with their `customfield_` ids. */
export function forgeFieldSlots(
  catalog: UiCatalog,
  environmentId: string,
  fields: { id: string; schema?: { custom?: string | undefined } | undefined }[],
): ForgeFieldSlot[] {
  return catalog.fields.flatMap((field) => {
    const ari = extensionAri(catalog.appId, environmentId, field.key);
    const found = fields.find((f) => f.schema?.custom === ari);
    return found === undefined ? [] : [{ field, fieldId: found.id }];
  });
}

/** JSM's Request Type field (`com.atlassian.servicedesk:vp-origin`), which ties an issue to its request type. */
export function requestTypeFieldId(fields: JiraFieldList): string | undefined {
  return fields.find((f) => f.schema?.custom === 'com.atlassian.servicedesk:vp-origin')?.id;
}

/**
 * Whether the person holds Jira's global ADMINISTER permission, as `GET /rest/api/3/mypermissions` answers
 * it for them: Jira's admin settings, where `jira:adminPage` lives, open only to Jira administrators.
 */
export async function isJiraAdministrator(requestJira: RequestJira, accountId: string): Promise<boolean> {
  const response = await requestJira(
    {
      method: 'GET',
      path: '/rest/api/3/mypermissions',
      query: new URLSearchParams({ permissions: 'ADMINISTER' }),
      headers: { accept: 'application/json' },
      body: '',
    },
    accountId,
  );
  if (response.status !== 200) return false;
  const body = parseJson(response.body);
  const permission =
    typeof body === 'object' && body !== null && 'permissions' in body ? body.permissions : undefined;
  const administer =
    typeof permission === 'object' && permission !== null && 'ADMINISTER' in permission
      ? permission.ADMINISTER
      : undefined;
  return (
    typeof administer === 'object' &&
    administer !== null &&
    'havePermission' in administer &&
    administer.havePermission === true
  );
}
