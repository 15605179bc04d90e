import { route } from '@forge/api';
import { z } from 'zod';
import type { CabFieldValues } from '../../domain/change-request';
import { CAB_FIELD_KEYS } from '../../shared/cab-fields';
import type { DraftMarker, IssueSnapshot, RequestTypeRef } from '../../app/ports/jira-port';
import { adfToPlainText } from './adf-text';
import { appPropertyKey, appPropertyPart } from './app-identity';
import type { FieldIds } from './field-catalog';
import type { JiraRest } from './jira-rest';
import { IssueSchema } from './jira-schemas';

const CATEGORIES = ['new', 'indeterminate', 'done'] as const;

/**
 * Reads the CR-relevant parts of an issue in one call: its own fields, the request type, the CAB fields and
 * the app's issue property; null when the caller cannot see it. `catalog` gives the site's field ids (filled
 * by the app, see field-catalog.ts), so a user's read names the same fields as the app's.
 */
export async function readIssueSnapshot(
  jira: JiraRest,
  issueKey: string,
  catalog: () => Promise<FieldIds>,
): Promise<IssueSnapshot | null> {
  const propertyKey = appPropertyKey();
  const ids = await catalog();
  const requestTypeField = ids.requestType;
  const cabFieldIds = CAB_FIELD_KEYS.flatMap((key) => {
    const id = ids[key];
    return id === undefined ? [] : [[key, id] as const];
  });
  const fields = [
    'summary',
    'description',
    'status',
    'reporter',
    'created',
    'project',
    ...(requestTypeField === undefined ? [] : [requestTypeField]),
    ...cabFieldIds.map(([, id]) => id),
  ].join(',');
  const response = await jira.send(
    route`/rest/api/3/issue/${issueKey}?fields=${fields}&properties=${propertyKey}`,
    {},
    [200, 404],
  );
  if (response.status === 404) {
    await response.text();
    return null;
  }
  const issue = IssueSchema.parse(await response.json());
  const category = issue.fields.status.statusCategory?.key;
  const cabFields: CabFieldValues = {};
  for (const [key, id] of cabFieldIds) {
    const value: unknown = issue.fields[id];
    if (value !== undefined && value !== null) cabFields[key] = value;
  }
  const draft = DraftMarkerSchema.safeParse(appPropertyPart(issue.properties, propertyKey, 'draft'));
  return {
    id: issue.id,
    key: issue.key,
    projectKey: issue.fields.project.key,
    summary: issue.fields.summary,
    description: adfToPlainText(issue.fields.description).trim(),
    status: {
      id: issue.fields.status.id,
      name: issue.fields.status.name,
      category: CATEGORIES.find((known) => known === category) ?? 'undefined',
    },
    reporter: issue.fields.reporter
      ? { accountId: issue.fields.reporter.accountId, displayName: issue.fields.reporter.displayName }
      : null,
    created: issue.fields.created,
    browseUrl: `${new URL(issue.self).origin}/browse/${issue.key}`,
    requestType: requestTypeField === undefined ? null : requestTypeOf(issue.fields[requestTypeField]),
    cabFields,
    ...(draft.success ? { draft: draft.data } : {}),
  };
}

/** JSM's Request Type field value: `{ requestType: { id, name, portalId?, serviceDeskId? }, ... }`. */
const RequestTypeValueSchema = z.looseObject({
  requestType: z.looseObject({
    id: z.union([z.string(), z.number()]).transform(String),
    name: z.string(),
    portalId: z.union([z.string(), z.number()]).transform(String).optional(),
    serviceDeskId: z.union([z.string(), z.number()]).transform(String).optional(),
  }),
});

function requestTypeOf(value: unknown): RequestTypeRef | null {
  const parsed = RequestTypeValueSchema.safeParse(value);
  if (!parsed.success) return null;
  const type = parsed.data.requestType;
  return { id: type.id, name: type.name, portalId: type.portalId ?? type.serviceDeskId ?? null };
}

const DraftMarkerSchema: z.ZodType<DraftMarker> = z.object({
  source: z.literal('github'),
  trigger: z.enum(['review-approved', 'merged']),
  createdAt: z.string(),
  requesterVia: z.enum(['policy-mapping', 'email', 'unmapped', 'handed-over']),
  authorLogin: z.string(),
  reviewers: z.array(z.string()),
  handedOverBy: z.string().optional(),
});
