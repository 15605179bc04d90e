import { z } from 'zod';
import { jsonResponse, type LocalRequest, type LocalResponse } from '../../core/http-types';
import type { Actor } from '../access';
import { canBrowse, canRaiseRequest, isAgent, requireIssue } from '../access';
import { jsmError, INVALID_PAYLOAD } from '../errors';
import { normalizeFieldValue } from '../fields/normalize-field-value';
import { adfToText, textToAdf } from '../fields/render-field-value';
import { createIssue } from '../issues/issue-mutations';
import { editValidationError } from '../issues/collect-field-changes';
import type { EditValidationContext } from '../fields/field-definition';
import { listParam } from './issues-routes';
import type { JiraSite } from '../jira-site';
import { jsmDate } from '../representations/jira-dates';
import { jsmPage } from '../representations/pages';
import { customerRequestJson } from '../representations/servicedesk-json';
import { jsmUser } from '../representations/user-json';
import { intParam, jsonBody, route, type Route } from '../router';
import type { CommentRecord } from '../store/comments-store';
import type { IssueRecord, StoredFields } from '../store/issues-store';
import type { RequestTypeRecord } from '../store/projects-store';

const CreateRequestSchema = z.looseObject({
  serviceDeskId: z.string(),
  requestTypeId: z.string(),
  requestFieldValues: z.record(z.string(), z.unknown()).optional(),
  raiseOnBehalfOf: z.string().optional(),
  requestParticipants: z.array(z.string()).optional(),
  isAdfRequest: z.boolean().optional(),
});
const CommentCreateSchema = z.looseObject({ body: z.string().min(1), public: z.boolean().optional() });

function badRequest(message: string, key = 'sd.request.create.error'): never {
  throw jsmError(400, message, key);
}

/**
 * `requestFieldValues` are checked against the request type's fields (docs/platform-assumptions.md: only fields on the
 * request type are accepted); text bodies are strings unless ADF. Values must keep their field's rules (Forge data
 * types, limits and JSON schema, …/modules/jira-custom-field/#data-types). Every message names the field.
 */
function storedRequestFields(
  site: JiraSite,
  type: RequestTypeRecord,
  values: Record<string, unknown>,
  isAdfRequest: boolean,
  context: Omit<EditValidationContext, 'fieldId'>,
): StoredFields {
  const stored: StoredFields = {};
  const allowed = new Map(type.fields.map((f) => [f.fieldId, f]));
  for (const [fieldId, raw] of Object.entries(values)) {
    const field = site.fields.byId(fieldId);
    if (field?.value?.readOnly === true) {
      // Read-only Forge fields are never on a portal request (…/jira-custom-field/#read-only-fields); wording *inferred*.
      badRequest(
        `${field.name}: the field '${fieldId}' is read-only and cannot be set on a request.`,
        'sd.request.create.field.invalid',
      );
    }
    if (!allowed.has(fieldId) || field === undefined) {
      badRequest(
        `The field '${fieldId}' is not valid for this request type.`,
        'sd.request.create.field.invalid',
      );
    }
    const input =
      field.value?.element === 'adf' && !isAdfRequest && typeof raw === 'string' ? textToAdf(raw) : raw;
    const normalized = normalizeFieldValue(site, field, input);
    if (!normalized.ok) badRequest(`${field.name}: ${normalized.message}`, 'sd.request.create.field.invalid');
    // A Forge field's validation expression runs "whenever an issue is ... created" (jira-custom-field,
    // "Validation"); JSM's create is such a create. The JSM error wording is *inferred*.
    const refused = editValidationError(field, normalized.value, context);
    if (refused !== undefined) badRequest(`${field.name}: ${refused}`, 'sd.request.create.field.invalid');
    stored[fieldId] = normalized.value;
  }
  for (const { fieldId, required } of type.fields) {
    const value = stored[fieldId];
    // A blank text (spaces only) is no answer: Jira's create refuses a whitespace Summary too (*inferred* for JSM).
    const empty =
      value === undefined ||
      value === null ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0);
    if (required && empty) {
      const name = site.fields.byId(fieldId)?.name ?? fieldId;
      badRequest(`${name}: ${name} is required.`, 'sd.request.create.field.required');
    }
  }
  return stored;
}

/** `POST /rest/servicedeskapi/request` (docs/platform-assumptions.md). */
function createCustomerRequest(site: JiraSite, actor: Actor, request: LocalRequest): LocalResponse {
  const body = CreateRequestSchema.safeParse(jsonBody(request));
  if (!body.success) badRequest(INVALID_PAYLOAD);
  const desk = site.projects.serviceDesk(body.data.serviceDeskId);
  const type = site.projects.requestType(body.data.requestTypeId);
  if (desk === undefined) badRequest(`The service desk with ID '${body.data.serviceDeskId}' does not exist.`);
  if (type === undefined || type.serviceDeskId !== desk.id) {
    badRequest(`The request type with ID '${body.data.requestTypeId}' does not exist in this service desk.`);
  }
  const project = site.projects.project(desk.projectId);
  if (project === undefined) badRequest('The service desk has no project.');
  if (!canRaiseRequest(site, actor, desk.id, project.id)) {
    throw jsmError(
      403,
      'You do not have permission to raise requests in this service desk.',
      'sd.request.create.forbidden',
    );
  }
  let reporter = actor.accountId;
  if (body.data.raiseOnBehalfOf !== undefined && body.data.raiseOnBehalfOf !== actor.accountId) {
    // Customer-only callers cannot raise on behalf of others (docs/platform-assumptions.md).
    if (!isAgent(site, actor, project.id)) {
      throw jsmError(
        403,
        'You do not have permission to raise a request on behalf of another customer.',
        'sd.request.create.behalf.forbidden',
      );
    }
    const onBehalf = site.users.user(body.data.raiseOnBehalfOf);
    if (onBehalf === undefined || !onBehalf.active) {
      badRequest(
        `The user '${body.data.raiseOnBehalfOf}' does not exist.`,
        'sd.request.create.behalf.user.invalid',
      );
    }
    reporter = onBehalf.accountId;
  }
  const participants = body.data.requestParticipants ?? [];
  if (participants.length > 0) {
    // Not available to customer-only callers (docs/platform-assumptions.md).
    if (!isAgent(site, actor, project.id)) {
      throw jsmError(
        403,
        'You do not have permission to add request participants.',
        'sd.request.participants.forbidden',
      );
    }
    const unknown = participants.find((accountId) => site.users.user(accountId) === undefined);
    if (unknown !== undefined)
      badRequest(`The user '${unknown}' does not exist.`, 'sd.request.participants.user.invalid');
  }
  const fields = storedRequestFields(
    site,
    type,
    body.data.requestFieldValues ?? {},
    body.data.isAdfRequest === true,
    { issue: null, project: { id: project.id, key: project.key }, user: { accountId: actor.accountId } },
  );
  const issue = createIssue(site, actor, {
    project,
    requestTypeId: type.id,
    reporter,
    fields,
    properties: [],
  });
  const add = site.db.prepare('INSERT OR IGNORE INTO jira_participants (issue_id, account_id) VALUES (?, ?)');
  for (const accountId of participants) add.run(issue.id, accountId);
  return jsonResponse(201, customerRequestJson(site, issue, type, new Set()));
}

function requireRequest(site: JiraSite, actor: Actor, idOrKey: string, path: string) {
  const issue = requireIssue(site, actor, idOrKey, path);
  const type = issue.requestTypeId === null ? undefined : site.projects.requestType(issue.requestTypeId);
  if (type === undefined) {
    throw jsmError(
      404,
      'Request does not exist or you do not have permission to see it.',
      'sd.request.error.not.found',
    );
  }
  return { issue, type };
}

export function jsmCommentJson(
  site: JiraSite,
  issue: IssueRecord,
  comment: CommentRecord,
): Record<string, unknown> {
  const author = site.users.user(comment.author);
  return {
    id: comment.id,
    body: adfToText(comment.body),
    public: comment.isPublic,
    ...(author ? { author: jsmUser(site, author) } : {}),
    created: jsmDate(comment.createdMs),
    _links: { self: `${site.baseUrl}/rest/servicedeskapi/request/${issue.id}/comment/${comment.id}` },
  };
}

/** Customer requests and their comments (docs/platform-assumptions.md). */
export function serviceDeskRequestsRoutes(site: JiraSite): Route[] {
  return [
    route('POST', '/rest/servicedeskapi/request', ({ request, actor }) =>
      createCustomerRequest(site, actor, request),
    ),
    route('GET', '/rest/servicedeskapi/request/:issueIdOrKey', ({ request, actor, params }) => {
      const { issue, type } = requireRequest(site, actor, params['issueIdOrKey'] ?? '', request.path);
      return jsonResponse(
        200,
        customerRequestJson(site, issue, type, new Set(listParam(request.query, 'expand'))),
      );
    }),
    route('GET', '/rest/servicedeskapi/request/:issueIdOrKey/participant', ({ request, actor, params }) => {
      const { issue } = requireRequest(site, actor, params['issueIdOrKey'] ?? '', request.path);
      const rows = site.db
        .prepare<[number], { account_id: string }>(
          'SELECT account_id FROM jira_participants WHERE issue_id = ? ORDER BY account_id',
        )
        .all(issue.id);
      const values = rows.flatMap((row) => {
        const user = site.users.user(row.account_id);
        return user === undefined ? [] : [jsmUser(site, user)];
      });
      return jsonResponse(200, {
        size: values.length,
        start: 0,
        limit: 50,
        isLastPage: true,
        values,
        _links: {},
      });
    }),
    route('POST', '/rest/servicedeskapi/request/:issueIdOrKey/comment', ({ request, actor, params }) => {
      const { issue } = requireRequest(site, actor, params['issueIdOrKey'] ?? '', request.path);
      const body = CommentCreateSchema.safeParse(jsonBody(request));
      if (!body.success) badRequest('The comment body is required.', 'sd.comment.body.required');
      const isPublic = body.data.public !== false;
      // Customers can only create public comments (docs/platform-assumptions.md).
      if (!isPublic && !isAgent(site, actor, issue.projectId)) {
        throw jsmError(
          403,
          'You do not have permission to create internal comments.',
          'sd.comment.internal.forbidden',
        );
      }
      const comment = site.comments.add(
        issue.id,
        actor.accountId,
        textToAdf(body.data.body),
        isPublic,
        site.clock.now().getTime(),
      );
      return jsonResponse(201, jsmCommentJson(site, issue, comment));
    }),
    route('GET', '/rest/servicedeskapi/request/:issueIdOrKey/comment', ({ request, actor, params }) => {
      const issue = site.issues.find(params['issueIdOrKey'] ?? '');
      const start = intParam(request, 'start', 0);
      const limit = intParam(request, 'limit', 50, 100);
      // A caller who cannot see the request gets an empty page, not an error (docs/platform-assumptions.md).
      if (issue === undefined || !canBrowse(site, actor, issue)) {
        return jsonResponse(200, jsmPage(site, request.path, [], start, limit));
      }
      const agent = isAgent(site, actor, issue.projectId);
      const wantPublic = request.query.get('public') !== 'false';
      const wantInternal = request.query.get('internal') !== 'false';
      const comments = site.comments
        .list(issue.id)
        .filter((c) => (c.isPublic ? wantPublic : wantInternal && agent))
        .map((c) => jsmCommentJson(site, issue, c));
      return jsonResponse(200, jsmPage(site, request.path, comments, start, limit));
    }),
  ];
}
