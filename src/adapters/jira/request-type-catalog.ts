/** The site's service desks and their request types (JSM REST), for the admin page and the setup check. */
import { route } from '@forge/api';
import { z } from 'zod';
import type { RequestTypesView } from '../../shared/view-models';
import type { JiraRest } from './jira-rest';

const PageSchema = <T extends z.ZodType>(item: T) =>
  z.looseObject({ values: z.array(item), isLastPage: z.boolean().optional() });
const DeskSchema = z.looseObject({
  id: z.string(),
  projectId: z.string(),
  projectKey: z.string(),
  projectName: z.string().optional(),
});
const RequestTypeSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  issueTypeId: z.string(),
});

export interface ServiceDeskTypes {
  id: string;
  projectId: string;
  projectKey: string;
  projectName: string;
  requestTypes: { id: string; name: string; description: string; issueTypeId: string }[];
}

/** Pages through JSM's lists (`start`/`limit`, docs/platform-assumptions.md), 50 at a time, up to 1 000 entries. */
async function allPages<T>(
  jira: JiraRest,
  schema: z.ZodType<T>,
  page: (start: number) => ReturnType<typeof route>,
): Promise<T[]> {
  const values: T[] = [];
  for (let start = 0; start < 1000; start += 50) {
    const answer = await jira.json(PageSchema(schema), page(start));
    values.push(...answer.values);
    if (answer.isLastPage !== false || answer.values.length === 0) break;
  }
  return values;
}

export async function readServiceDesks(jira: JiraRest): Promise<ServiceDeskTypes[]> {
  const desks = await allPages(
    jira,
    DeskSchema,
    (start) => route`/rest/servicedeskapi/servicedesk?start=${String(start)}&limit=50`,
  );
  const result: ServiceDeskTypes[] = [];
  for (const desk of desks) {
    const types = await allPages(
      jira,
      RequestTypeSchema,
      (start) =>
        route`/rest/servicedeskapi/servicedesk/${desk.id}/requesttype?start=${String(start)}&limit=50`,
    );
    result.push({
      id: desk.id,
      projectId: desk.projectId,
      projectKey: desk.projectKey,
      projectName: desk.projectName ?? desk.projectKey,
      requestTypes: types.map((type) => ({
        id: type.id,
        name: type.name,
        description: type.description ?? '',
        issueTypeId: type.issueTypeId,
      })),
    });
  }
  return result;
}

export function requestTypesView(desks: ServiceDeskTypes[]): RequestTypesView {
  return {
    serviceDesks: desks.map((desk) => ({
      id: desk.id,
      projectKey: desk.projectKey,
      projectName: desk.projectName,
      requestTypes: desk.requestTypes.map(({ id, name, description }) => ({ id, name, description })),
    })),
  };
}
