import { z } from 'zod';
import { emptyResponse, type LocalRequest } from '../../core/http-types';
import type { Actor } from '../access';
import { INVALID_PAYLOAD, ISSUE_NOT_FOUND, platformError } from '../errors';
import type { FieldDefinition } from '../fields/field-definition';
import { namingField, normalizeFieldValue } from '../fields/normalize-field-value';
import { writeAppFieldValues, type IssueFieldWrites } from '../issues/app-field-writes';
import type { JiraSite } from '../jira-site';
import { jsonBody, route, type Route } from '../router';

/**
 * A JSON value for `value`: required by both schemas (`required: [issueIds, value]`), so a missing key fails; `null`
 * clears the field (*inferred*: the docs do not say how to clear).
 */
const JsonValueSchema = z.union([
  z.null(),
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.unknown()),
  z.record(z.string(), z.unknown()),
]);
/** `issueIds`: `int64` items. An empty list, or an empty `updates`, is refused (*inferred*). */
const IssueIdsSchema = z.array(z.number().int().positive()).min(1);

/** OpenAPI `CustomFieldValueUpdateDetails` / `CustomFieldValueUpdate`, both `additionalProperties: false`. */
const SingleFieldBodySchema = z.strictObject({
  updates: z.array(z.strictObject({ issueIds: IssueIdsSchema, value: JsonValueSchema })).min(1),
});
/** OpenAPI `MultipleCustomFieldValuesUpdateDetails` / `MultipleCustomFieldValuesUpdate`, `additionalProperties: false`. */
const MultipleFieldsBodySchema = z.strictObject({
  updates: z
    .array(z.strictObject({ customField: z.string(), issueIds: IssueIdsSchema, value: JsonValueSchema }))
    .min(1),
});

interface RequestedUpdate {
  fieldIdOrKey: string;
  issueIds: number[];
  value: unknown;
}

/** "Returned if the request is not authenticated as the app that provided the field." (both operations' 403) */
const NOT_THE_OWNING_APP = 'The request is not authenticated as the app that provided the field.';

function requireApp(actor: Actor): void {
  if (actor.kind !== 'app') throw platformError(403, [NOT_THE_OWNING_APP]);
}

/** `generateChangelog`: a boolean query parameter, default `true`; anything else is a bad request (*inferred*). */
function generateChangelogOf(request: LocalRequest): boolean {
  const raw = request.query.get('generateChangelog');
  if (raw === null || raw === 'true') return true;
  if (raw === 'false') return false;
  throw platformError(400, [`The value '${raw}' of the 'generateChangelog' parameter is not a boolean.`]);
}

/**
 * "Apps can only perform this operation on custom fields … declared in their own manifests": an unknown field is
 * 404 ("Returned if the field is not found"), a field the app did not declare is 403. The field key is its id here:
 * `GET /rest/api/3/field` lists the stand-in's fields with `key` equal to `id`.
 */
function requireAppField(site: JiraSite, fieldIdOrKey: string): FieldDefinition {
  const field = site.fields.byId(fieldIdOrKey);
  if (field === undefined) throw platformError(404, [`The custom field '${fieldIdOrKey}' was not found.`]);
  if (field.forge === undefined || field.value === undefined) throw platformError(403, [NOT_THE_OWNING_APP]);
  return field;
}

/**
 * Validates every update before anything is written: fields (404/403), duplicate field and issue combinations
 * ("Combinations of custom field and issue should be unique within the request", `updateMultipleCustomFieldValues`),
 * issues (404, *inferred*: the documented 404 names the field only) and values (400). Values follow the field's
 * Forge data type and JSON schema (`CustomFieldValueUpdate.value`: "must be compatible with the custom field type");
 * read-only fields are writable here, that is the operation's purpose; screens and the manifest's validation
 * expression do not apply to app updates (…/modules/jira-custom-field/#validation).
 */
function validatedWrites(site: JiraSite, updates: RequestedUpdate[]): IssueFieldWrites[] {
  const byIssue = new Map<number, IssueFieldWrites>();
  const seen = new Set<string>();
  const errors: Record<string, string> = {};
  for (const update of updates) {
    const field = requireAppField(site, update.fieldIdOrKey);
    const normalized = normalizeFieldValue(site, field, update.value);
    if (!normalized.ok) errors[field.id] = namingField(field, normalized.message);
    for (const issueId of update.issueIds) {
      const combination = `${field.id}:${issueId}`;
      if (seen.has(combination)) {
        throw platformError(400, [
          `Field '${field.id}' is updated more than once on issue ${issueId}: combinations of custom field and issue must be unique within the request.`,
        ]);
      }
      seen.add(combination);
      const issue = byIssue.get(issueId)?.issue ?? site.issues.find(String(issueId));
      if (issue === undefined) throw platformError(404, [`${ISSUE_NOT_FOUND} (issue ID ${issueId})`]);
      const writes = byIssue.get(issueId) ?? { issue, changes: [] };
      if (normalized.ok) writes.changes.push({ field, value: normalized.value });
      byIssue.set(issueId, writes);
    }
  }
  if (Object.keys(errors).length > 0) throw platformError(400, [], errors);
  return [...byIssue.values()];
}

/**
 * The app field value API (OpenAPI `updateCustomFieldValue`, `updateMultipleCustomFieldValues`): 204 with no body.
 * Only the app that owns the fields may call it ("Only the app that owns the custom field or custom field type can
 * update its values with this operation"); a user caller is refused with 403.
 */
export function appFieldValuesRoutes(site: JiraSite): Route[] {
  const run = (actor: Actor, request: LocalRequest, updates: () => RequestedUpdate[]) => {
    requireApp(actor);
    const generateChangelog = generateChangelogOf(request);
    writeAppFieldValues(site, actor, validatedWrites(site, updates()), generateChangelog);
    return emptyResponse(204);
  };
  return [
    route('PUT', '/rest/api/3/app/field/:fieldIdOrKey/value', ({ request, actor, params }) =>
      run(actor, request, () => {
        const body = SingleFieldBodySchema.safeParse(jsonBody(request));
        if (!body.success) throw platformError(400, [INVALID_PAYLOAD]);
        const fieldIdOrKey = params['fieldIdOrKey'] ?? '';
        return body.data.updates.map((u) => ({ fieldIdOrKey, issueIds: u.issueIds, value: u.value }));
      }),
    ),
    route('POST', '/rest/api/3/app/field/value', ({ request, actor }) =>
      run(actor, request, () => {
        const body = MultipleFieldsBodySchema.safeParse(jsonBody(request));
        if (!body.success) throw platformError(400, [INVALID_PAYLOAD]);
        return body.data.updates.map((u) => ({
          fieldIdOrKey: u.customField,
          issueIds: u.issueIds,
          value: u.value,
        }));
      }),
    ),
  ];
}
