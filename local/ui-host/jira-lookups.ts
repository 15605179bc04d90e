import { z } from 'zod';

import type { UiHostOptions } from './ui-host-options';

type RequestJira = UiHostOptions['requestJira'];

/** A lookup that failed the way Jira answered it (404 = the user cannot see it, other = stand-in error). */
export interface LookupFailure {
  failed: true;
  status: number;
  message: string;
}

const issueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.looseObject({
    summary: z.string().optional(),
    status: z
      .looseObject({ name: z.string(), statusCategory: z.looseObject({ key: z.string() }).optional() })
      .optional(),
    issuetype: z.looseObject({ id: z.string(), name: z.string() }).optional(),
    project: z
      .looseObject({
        id: z.string(),
        key: z.string(),
        name: z.string().optional(),
        projectTypeKey: z.string().optional(),
      })
      .optional(),
    reporter: z.looseObject({ displayName: z.string().optional() }).nullable().optional(),
    assignee: z.looseObject({ displayName: z.string().optional() }).nullable().optional(),
  }),
});
export type IssueSummary = z.infer<typeof issueSchema>;

const requestSchema = z.looseObject({
  issueId: z.string(),
  issueKey: z.string(),
  requestTypeId: z.string(),
  serviceDeskId: z.string(),
  requestFieldValues: z
    .array(z.looseObject({ fieldId: z.string(), label: z.string().optional(), value: z.unknown() }))
    .optional(),
  currentStatus: z.looseObject({ status: z.string(), statusCategory: z.string().optional() }).optional(),
  reporter: z.looseObject({ displayName: z.string().optional() }).optional(),
});
export type PortalRequest = z.infer<typeof requestSchema> & {
  property: unknown;
  /** The request's issue as the person sees it (issue type, project), when Jira lets them read it. */
  issue: IssueSummary | undefined;
};

const propertySchema = z.looseObject({ value: z.unknown() });

const jsonRequest = (path: string, query = '') => ({
  method: 'GET',
  path,
  query: new URLSearchParams(query),
  headers: { accept: 'application/json' },
  body: '',
});

function failure(status: number, body: string, what: string): LookupFailure {
  return { failed: true, status, message: `${what}: Jira answered ${String(status)} ${body.slice(0, 300)}` };
}

function parseJson(body: string): unknown {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed;
  } catch {
    return undefined;
  }
}

const issueFields = ['summary', 'status', 'issuetype', 'project', 'reporter', 'assignee'];

/**
 * The issue as the current user sees it; the issue view and its extension contexts are built from it.
 * `fieldIds` adds fields (the app's Forge fields) to the ones the page always shows.
 */
export async function fetchIssue(
  requestJira: RequestJira,
  issueKey: string,
  accountId: string,
  fieldIds: string[] = [],
): Promise<IssueSummary | LookupFailure> {
  const path = `/rest/api/3/issue/${encodeURIComponent(issueKey)}`;
  const response = await requestJira(
    jsonRequest(path, `fields=${[...issueFields, ...fieldIds].join(',')}`),
    accountId,
  );
  if (response.status !== 200) return failure(response.status, response.body, `GET ${path}`);
  const parsed = issueSchema.safeParse(parseJson(response.body));
  return parsed.success ? parsed.data : failure(502, 'an issue without id/key/fields', `GET ${path}`);
}

/**
 * The customer request and the app's issue property (key = the UUID part of app.id), which Forge passes to
 * portal request detail modules as `extension.request.property` (docs/platform-assumptions.md).
 */
export async function fetchPortalRequest(
  requestJira: RequestJira,
  issueKey: string,
  accountId: string,
  appId: string,
): Promise<PortalRequest | LookupFailure> {
  const path = `/rest/servicedeskapi/request/${encodeURIComponent(issueKey)}`;
  const response = await requestJira(jsonRequest(path), accountId);
  if (response.status !== 200) return failure(response.status, response.body, `GET ${path}`);
  const parsed = requestSchema.safeParse(parseJson(response.body));
  if (!parsed.success) return failure(502, 'a request without issueKey/requestTypeId', `GET ${path}`);
  const propertyPath = `/rest/api/3/issue/${encodeURIComponent(issueKey)}/properties/${encodeURIComponent(appId)}`;
  const property = await requestJira(jsonRequest(propertyPath), accountId);
  const value = property.status === 200 ? propertySchema.safeParse(parseJson(property.body)) : undefined;
  const issue = await fetchIssue(requestJira, issueKey, accountId);
  return {
    ...parsed.data,
    property: value?.success === true ? value.data.value : undefined,
    issue: isFailure(issue) ? undefined : issue,
  };
}

export function isFailure(result: object): result is LookupFailure {
  return 'failed' in result;
}

const changelogSchema = z.looseObject({
  changelog: z
    .looseObject({
      histories: z.array(
        z.looseObject({ id: z.string(), author: z.looseObject({ accountId: z.string() }).optional() }),
      ),
    })
    .optional(),
});

/** One change of the issue, newest last: its changelog id and who made it (absent for anonymous changes). */
export interface IssueChange {
  id: number;
  authorAccountId: string | null;
}

/** The issue's changelog as the person may read it (`expand=changelog`), for the issue view's live updates. */
export async function fetchIssueChanges(
  requestJira: RequestJira,
  issueKey: string,
  accountId: string,
): Promise<IssueChange[] | LookupFailure> {
  const path = `/rest/api/3/issue/${encodeURIComponent(issueKey)}`;
  const response = await requestJira(jsonRequest(path, 'fields=updated&expand=changelog'), accountId);
  if (response.status !== 200) return failure(response.status, response.body, `GET ${path}`);
  const parsed = changelogSchema.safeParse(parseJson(response.body));
  if (!parsed.success) return failure(502, 'an issue without a readable changelog', `GET ${path}`);
  return (parsed.data.changelog?.histories ?? []).map((history) => ({
    id: Number(history.id),
    authorAccountId: history.author?.accountId ?? null,
  }));
}
