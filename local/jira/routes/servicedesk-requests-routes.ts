import { z } from 'zod';
import { jsonResponse, type LocalRequest, type LocalResponse } from '../../core/http-types';
import type { Actor } from '../access';
import { canBrowse, isAgent, requireIssue } from '../access';
import { jsmError, INVALID_PAYLOAD } from '../errors';
import { normalizeFieldValue } from '../fields/normalize-field-value';
import { adfToText, textToAdf } from '../fields/render-field-value';
import { createIssue } from '../issues/issue-mutations';
import { MAX_PROPERTY_LENGTH } from './issue-properties-routes';
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

/** `requestFieldValues` are checked against the request type's fields; text bodies are strings unless ADF. */
function storedRequestFields(
  site: JiraSite,
  type: RequestTypeRecord,
  values: Record<string, unknown>,
  isAdfRequest: boolean,
): StoredFields {
  const stored: StoredFields = {};
  const allowed = new Map(type.fields.map((f) => [f.fieldId, f]));
  for (const [fieldId, raw] of Object.entries(values)) {
    const field = site.fields.byId(fieldId);
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
    stored[fieldId] = normalized.value;
  }
  for (const { fieldId, required } of type.fields) {
    const value = stored[fieldId];
    const empty =
      value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (required && empty) {
      const name = site.fields.byId(fieldId)?.name ?? fieldId;
      badRequest(`${name}: ${name} is required.`, 'sd.request.create.field.required');
    }
  }
  return stored;
}

/** An issue property to store with a new request (host-internal, see `createCustomerRequest`). */
export interface IssuePropertyInput {
  key: string;
  value: unknown;
}

/** The limits `PUT /issue/{key}/properties/{key}` enforces (rest-shapes.md §2.3), checked before anything is written. */
function checkedProperties(properties: IssuePropertyInput[]): { key: string; valueJson: string }[] {
  return properties.map(({ key, value }) => {
    if (key.length === 0 || key.length > 255) {
      badRequest('The property key must be 1 to 255 characters long.', 'sd.request.create.property.key');
    }
    const valueJson = JSON.stringify(value ?? null);
    if (valueJson.length > MAX_PROPERTY_LENGTH) {
      badRequest(
        `The value of the property with key '${key}' is too long. The maximum length is ${MAX_PROPERTY_LENGTH} characters.`,
        'sd.request.create.property.too.long',
      );
    }
    return { key, valueJson };
  });
}

/**
 * `POST /rest/servicedeskapi/request` (rest-shapes.md §1.1). `properties` is host-internal: the HTTP route
 * always passes none (JSM's REST body has no such key), while the local portal passes the create property
 * panel's issue property so that JSM's one-step create (request + property, forge-platform.md §2.4) is one
 * SQLite transaction, and `avi:jira:created:issue` is emitted only after both are stored.
 */
export function createCustomerRequest(
  site: JiraSite,
  actor: Actor,
  request: LocalRequest,
  properties: IssuePropertyInput[],
): LocalResponse {
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
  let reporter = actor.accountId;
  if (body.data.raiseOnBehalfOf !== undefined && body.data.raiseOnBehalfOf !== actor.accountId) {
    // Customer-only callers cannot raise on behalf of others (rest-shapes.md §1.1).
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
    // Not available to customer-only callers (rest-shapes.md §1.1).
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
  );
  const issue = createIssue(site, actor, {
    project,
    requestTypeId: type.id,
    reporter,
    fields,
    properties: checkedProperties(properties),
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

/** Customer requests and their comments (rest-shapes.md §1.1, §1.5). */
export function serviceDeskRequestsRoutes(site: JiraSite): Route[] {
  return [
    route('POST', '/rest/servicedeskapi/request', ({ request, actor }) =>
      createCustomerRequest(site, actor, request, []),
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
      // Customers can only create public comments (rest-shapes.md §1.5).
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
      // A caller who cannot see the request gets an empty page, not an error (rest-shapes.md §1.5).
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
