/**
 * The project's service desk, the chosen request type and its fields, read as the app's admin page does
 * (src/adapters/jira/request-type-catalog.ts): `GET /rest/servicedeskapi/servicedesk`, `…/requesttype`
 * (JSM pages of 50, `isLastPage`), then `…/requesttype/{id}/field` (docs/platform-assumptions.md).
 */
import type { z } from 'zod';
import { Mismatch } from '../checks/check';
import { withQuery, type JiraHttp, type Person } from '../http/jira-http';
import {
  jsmPageOf,
  parseBody,
  RequestTypeFieldsSchema,
  RequestTypeSchema,
  ServiceDeskSchema,
  type RequestTypeField,
} from '../http/jira-shapes';

export interface ServiceDeskFacts {
  desk: z.infer<typeof ServiceDeskSchema>;
  requestType: z.infer<typeof RequestTypeSchema>;
  fields: RequestTypeField[];
}

const PAGE = 50;
const MAX_ENTRIES = 1000;

export async function jsmPages<T>(
  http: JiraHttp,
  as: Person,
  path: string,
  item: z.ZodType<T>,
): Promise<T[]> {
  const values: T[] = [];
  for (let start = 0; start < MAX_ENTRIES; start += PAGE) {
    const response = await http.get(as, withQuery(path, { start, limit: PAGE }));
    const page = parseBody(jsmPageOf(item), response);
    if (!page.ok) throw new Mismatch(page.seen);
    values.push(...page.data.values);
    if (page.data.isLastPage !== false || page.data.values.length === 0) break;
  }
  return values;
}

export async function discoverServiceDesk(
  http: JiraHttp,
  as: Person,
  projectKey: string,
  requestTypeName: string,
): Promise<ServiceDeskFacts> {
  const desks = await jsmPages(http, as, '/rest/servicedeskapi/servicedesk', ServiceDeskSchema);
  const desk = desks.find((candidate) => candidate.projectKey === projectKey);
  if (desk === undefined) {
    throw new Mismatch(
      `no service desk of project ${projectKey} among the ${String(desks.length)} listed (${desks.map((d) => d.projectKey).join(', ') || 'none'})`,
    );
  }
  const types = await jsmPages(
    http,
    as,
    `/rest/servicedeskapi/servicedesk/${encodeURIComponent(desk.id)}/requesttype`,
    RequestTypeSchema,
  );
  const requestType =
    types.find((type) => type.name === requestTypeName) ??
    types.find((type) => type.name.toLowerCase() === requestTypeName.toLowerCase());
  if (requestType === undefined) {
    throw new Mismatch(
      `no request type named "${requestTypeName}" in service desk ${desk.id} (it has ${types.map((t) => `"${t.name}"`).join(', ') || 'none'})`,
    );
  }
  const response = await http.get(
    as,
    `/rest/servicedeskapi/servicedesk/${encodeURIComponent(desk.id)}/requesttype/${encodeURIComponent(requestType.id)}/field`,
  );
  const fields = parseBody(RequestTypeFieldsSchema, response);
  if (!fields.ok) throw new Mismatch(fields.seen);
  return { desk, requestType, fields: fields.data.requestTypeFields };
}
