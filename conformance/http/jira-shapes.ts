/**
 * The response shapes the checks read, as loose zod objects (Jira adds keys; only what the app reads is
 * required). Sources: docs/platform-assumptions.md (servicedeskapi, jira.js 6.2.0's JSM schemas; platform
 * OpenAPI). A response that does not parse is reported with what was seen.
 */
import { z } from 'zod';
import { describeResponse, type JiraResponse } from './jira-http';

export const MyselfSchema = z.looseObject({ accountId: z.string().min(1), displayName: z.string() });

export const FieldListSchema = z.array(
  z.looseObject({
    id: z.string(),
    name: z.string(),
    custom: z.boolean().optional(),
    schema: z.looseObject({ type: z.string().optional(), custom: z.string().optional() }).optional(),
  }),
);
export type FieldList = z.infer<typeof FieldListSchema>;

/** JSM `PagedDTO` (docs/platform-assumptions.md). */
export const jsmPageOf = <T extends z.ZodType>(item: T) =>
  z.looseObject({ values: z.array(item), isLastPage: z.boolean().optional() });

export const ServiceDeskSchema = z.looseObject({
  id: z.string(),
  projectId: z.string(),
  projectKey: z.string(),
});

export const RequestTypeSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  issueTypeId: z.string(),
  practice: z.string().optional(),
});

/** `CustomerRequestCreateMeta` (jira.js `RequestTypeFieldSchema`), row "…/requesttype/{typeId}/field lists …". */
export const RequestTypeFieldsSchema = z.looseObject({
  requestTypeFields: z.array(
    z.looseObject({
      fieldId: z.string(),
      name: z.string(),
      description: z.string().optional(),
      required: z.boolean(),
      visible: z.boolean(),
      jiraSchema: z.looseObject({ type: z.string().optional(), custom: z.string().optional() }),
    }),
  ),
});
export type RequestTypeField = z.infer<typeof RequestTypeFieldsSchema>['requestTypeFields'][number];

/** `CustomerRequest` (docs/platform-assumptions.md): ids are strings. */
export const CustomerRequestSchema = z.looseObject({
  issueId: z.string().min(1),
  issueKey: z.string().min(1),
  requestTypeId: z.string(),
  serviceDeskId: z.string(),
});

export const IssueFieldsSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z.record(z.string(), z.unknown()),
});

export const StatusOfIssueSchema = z.looseObject({
  fields: z.looseObject({ status: z.looseObject({ id: z.string(), name: z.string() }) }),
});

export const TransitionsSchema = z.looseObject({
  transitions: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      to: z.looseObject({ id: z.string(), name: z.string() }),
    }),
  ),
});

/** Platform page (`PageBeanUserDetails`) of `GET /rest/api/3/group/member`. */
export const GroupMemberPageSchema = z.looseObject({
  isLast: z.boolean().optional(),
  values: z.array(z.looseObject({ accountId: z.string(), accountType: z.string().optional() })),
});

export const GroupBulkSchema = z.looseObject({
  values: z.array(z.looseObject({ name: z.string(), groupId: z.string() })),
});

export const JsmCommentSchema = z.looseObject({ id: z.string(), public: z.boolean() });

export const PlatformCommentSchema = z.looseObject({ id: z.string(), jsdPublic: z.boolean().optional() });
export const PlatformCommentListSchema = z.looseObject({ comments: z.array(PlatformCommentSchema) });

export const IssuePropertySchema = z.looseObject({ key: z.string(), value: z.unknown() });

/** `SearchAndReconcileResults` of `GET /rest/api/3/search/jql` (docs/platform-assumptions.md): no `total`. */
export const SearchJqlSchema = z.looseObject({
  issues: z.array(z.looseObject({ id: z.string(), key: z.string().optional() })),
  nextPageToken: z.string().nullable().optional(),
  isLast: z.boolean().optional(),
});

/** Platform `ErrorCollection` (docs/platform-assumptions.md). */
export const PlatformErrorSchema = z.looseObject({
  errorMessages: z.array(z.string()),
  errors: z.record(z.string(), z.string()),
});

/** JSM `ErrorResponse` (docs/platform-assumptions.md). */
export const JsmErrorSchema = z.looseObject({
  errorMessage: z.string().min(1),
  i18nErrorMessage: z.looseObject({ i18nKey: z.string().min(1), parameters: z.array(z.string()).optional() }),
});

export type Parsed<T> = { ok: true; data: T } | { ok: false; seen: string };

/** The body in the expected shape, or what was seen instead (status, the first mismatch, the body). */
export function parseBody<T>(schema: z.ZodType<T>, response: JiraResponse): Parsed<T> {
  const parsed = schema.safeParse(response.json);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue === undefined ? '' : `${issue.path.join('.') || '(body)'}: ${issue.message}; `;
  return { ok: false, seen: `${where}${describeResponse(response)}` };
}
