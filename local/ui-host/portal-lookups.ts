import { z } from 'zod';

import type { LocalRequest } from '../core/http-types';
import { isFailure, type LookupFailure } from './jira-lookups';
import type { UiHostOptions } from './ui-host-options';

type RequestJira = UiHostOptions['requestJira'];

/**
 * What the portal pages read from JSM, always as the current user (the portal never shows what the person
 * could not fetch themselves). Shapes: docs/platform-assumptions.md (service desks, request types, fields)
 * (JQL search). The local host serves a portal per service desk and uses the service desk id as the portal
 * id, as JSM Cloud does (`RequestType.portalId` equals `serviceDeskId` on the stand-in).
 */
const serviceDeskSchema = z.looseObject({
  id: z.string(),
  projectId: z.string(),
  projectKey: z.string(),
  projectName: z.string(),
});
export type ServiceDesk = z.infer<typeof serviceDeskSchema>;

const requestTypeSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  helpText: z.string().optional(),
  issueTypeId: z.string().optional(),
  canCreateRequest: z.boolean().optional(),
});
export type RequestType = z.infer<typeof requestTypeSchema>;

const requestTypePageSchema = z.looseObject({ values: z.array(requestTypeSchema) });

const requestTypeFieldSchema = z.looseObject({
  fieldId: z.string(),
  name: z.string(),
  description: z.string().optional(),
  required: z.boolean(),
  visible: z.boolean().optional(),
  jiraSchema: z.looseObject({ type: z.string().optional(), custom: z.string().optional() }).optional(),
});
export type RequestTypeField = z.infer<typeof requestTypeFieldSchema>;

const requestTypeFieldsSchema = z.looseObject({ requestTypeFields: z.array(requestTypeFieldSchema) });

const searchSchema = z.looseObject({
  issues: z.array(
    z.looseObject({
      key: z.string(),
      fields: z.looseObject({
        summary: z.string().optional(),
        created: z.string().optional(),
        status: z.looseObject({ name: z.string() }).optional(),
      }),
    }),
  ),
});
export type MyRequest = z.infer<typeof searchSchema>['issues'][number];

const get = (path: string, query = ''): LocalRequest => ({
  method: 'GET',
  path,
  query: new URLSearchParams(query),
  headers: { accept: 'application/json' },
  body: '',
});

function parseJson(body: string): unknown {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed;
  } catch {
    return undefined;
  }
}

async function fetchJson<T>(
  requestJira: RequestJira,
  request: LocalRequest,
  accountId: string,
  schema: z.ZodType<T>,
): Promise<T | LookupFailure> {
  const what = `${request.method} ${request.path}`;
  const response = await requestJira(request, accountId);
  if (response.status !== 200) {
    return {
      failed: true,
      status: response.status,
      message: `${what}: Jira answered ${String(response.status)} ${response.body.slice(0, 300)}`,
    };
  }
  const parsed = schema.safeParse(parseJson(response.body));
  if (parsed.success) return parsed.data;
  return { failed: true, status: 502, message: `${what}: Jira answered a body of an unexpected shape` };
}

const deskPath = (serviceDeskId: string) =>
  `/rest/servicedeskapi/servicedesk/${encodeURIComponent(serviceDeskId)}`;

export function fetchServiceDesk(requestJira: RequestJira, serviceDeskId: string, accountId: string) {
  return fetchJson(requestJira, get(deskPath(serviceDeskId)), accountId, serviceDeskSchema);
}

const serviceDeskPageSchema = z.looseObject({ values: z.array(serviceDeskSchema) });

/**
 * The service desk of a project (`GET /rest/servicedeskapi/servicedesk`, first 100), for the agent create
 * page; without a project, the first service desk the person can see.
 */
export async function fetchServiceDeskOfProject(
  requestJira: RequestJira,
  projectKeyOrId: string | undefined,
  accountId: string,
): Promise<ServiceDesk | LookupFailure> {
  const page = await fetchJson(
    requestJira,
    get('/rest/servicedeskapi/servicedesk', 'limit=100'),
    accountId,
    serviceDeskPageSchema,
  );
  if (isFailure(page)) return page;
  const desk =
    projectKeyOrId === undefined
      ? page.values[0]
      : page.values.find((d) => d.projectKey === projectKeyOrId || d.projectId === projectKeyOrId);
  return (
    desk ?? {
      failed: true,
      status: 404,
      message: `No service desk belongs to project ${projectKeyOrId ?? '(any)'}.`,
    }
  );
}

/** The first 100 request types (JSM's page limit); the local demo desk has two. */
export async function fetchRequestTypes(
  requestJira: RequestJira,
  serviceDeskId: string,
  accountId: string,
): Promise<RequestType[] | LookupFailure> {
  const page = await fetchJson(
    requestJira,
    get(`${deskPath(serviceDeskId)}/requesttype`, 'limit=100'),
    accountId,
    requestTypePageSchema,
  );
  return isFailure(page) ? page : page.values;
}

/** One request type; JSM answers 404 when it is not in this service desk or the person cannot raise it. */
export function fetchRequestType(
  requestJira: RequestJira,
  serviceDeskId: string,
  requestTypeId: string,
  accountId: string,
) {
  return fetchJson(
    requestJira,
    get(`${deskPath(serviceDeskId)}/requesttype/${encodeURIComponent(requestTypeId)}`),
    accountId,
    requestTypeSchema,
  );
}

export async function fetchRequestTypeFields(
  requestJira: RequestJira,
  serviceDeskId: string,
  requestTypeId: string,
  accountId: string,
): Promise<RequestTypeField[] | LookupFailure> {
  const meta = await fetchJson(
    requestJira,
    get(`${deskPath(serviceDeskId)}/requesttype/${encodeURIComponent(requestTypeId)}/field`),
    accountId,
    requestTypeFieldsSchema,
  );
  return isFailure(meta) ? meta : meta.requestTypeFields;
}

/**
 * "My requests": what the person reported in the desk's project, newest first. JQL over `search/jql`
 * (the old `/search` is gone, docs/platform-assumptions.md); the first page of 50 is what the help center lists.
 */
export async function fetchMyRequests(
  requestJira: RequestJira,
  projectKey: string,
  accountId: string,
): Promise<MyRequest[] | LookupFailure> {
  const jql = `project = "${projectKey.replace(/"/g, '\\"')}" AND reporter = currentUser() ORDER BY created DESC`;
  const query = new URLSearchParams({ jql, fields: 'summary,status,created', maxResults: '50' });
  const result = await fetchJson(
    requestJira,
    get('/rest/api/3/search/jql', query.toString()),
    accountId,
    searchSchema,
  );
  return isFailure(result) ? result : result.issues;
}

/**
 * Fields the portal form renders itself: the request type's fields that no Forge app owns. App-owned
 * (`jira:customField`) fields carry the extension ARI in `jiraSchema.custom` and are rendered by their
 * own Custom UI on the real portal, not by the form.
 */
export function isForgeField(field: RequestTypeField): boolean {
  return field.jiraSchema?.custom?.startsWith('ari:cloud:ecosystem::extension/') === true;
}
