import { z } from 'zod';

import { jsonResponse, type LocalRequest, type LocalResponse } from '../core/http-types';
import { FIX_THE_FORM, forgeFieldValues, formFailure, parseSubmission, typedText } from './create-submission';
import { currentUser } from './current-user';
import type { FrameSigner } from './frame-token';
import { isFailure } from './jira-lookups';
import { fetchRequestTypeFields, isForgeField, type RequestTypeField } from './portal-lookups';
import type { HostUser, UiHostOptions } from './ui-host-options';
import type { UiCatalog } from './ui-module-catalog';

export interface PortalCreateDeps {
  catalog: UiCatalog;
  signer: FrameSigner;
  users: HostUser[];
  environmentId: string;
  requestJira: UiHostOptions['requestJira'];
}

const createdRequest = z.looseObject({ issueKey: z.string() });
const jsmErrorBody = z.looseObject({ errorMessage: z.string() });

function parseJson(body: string): unknown {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed;
  } catch {
    return undefined;
  }
}

/**
 * `requestFieldValues` as JSM takes them (docs/platform-assumptions.md: text fields are strings): Summary always, any
 * other typed field only when not empty (the portal leaves an empty optional field out), Forge fields with
 * their latest submitted value.
 */
function requestFieldValuesOf(
  deps: PortalCreateDeps,
  fields: RequestTypeField[],
  typed: Record<string, string>,
  forge: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [fieldId, text] of Object.entries(typed)) {
    if (fieldId !== 'summary' && text.trim() === '') continue;
    const field = fields.find((f) => f.fieldId === fieldId);
    values[fieldId] =
      field !== undefined && isForgeField(field)
        ? typedText(deps.catalog, deps.environmentId, field.jiraSchema?.custom, text)
        : text;
  }
  return { ...values, ...forge };
}

/**
 * JSM's create errors read `<Field name>: <message>` (or name the field id in quotes; the exact texts are not
 * documented, inferred, docs/platform-assumptions.md): the form shows them under that field, as the portal does.
 */
function fieldErrorsOf(fields: RequestTypeField[], message: string): Record<string, string> | undefined {
  for (const field of fields) {
    if (message.startsWith(`${field.name}: `))
      return { [field.fieldId]: message.slice(field.name.length + 2) };
    if (message.includes(`'${field.fieldId}'`)) return { [field.fieldId]: message };
  }
  return undefined;
}

function refused(fields: RequestTypeField[], response: LocalResponse): LocalResponse {
  const body = jsmErrorBody.safeParse(parseJson(response.body));
  const message = body.success ? body.data.errorMessage : response.body.slice(0, 300);
  if (response.status === 400 || response.status === 403) {
    const fieldErrors = fieldErrorsOf(fields, message);
    return fieldErrors === undefined
      ? formFailure(response.status, 'REQUEST_NOT_CREATED', message)
      : formFailure(400, 'REQUEST_NOT_CREATED', FIX_THE_FORM, fieldErrors);
  }
  return formFailure(
    502,
    'JIRA_FAILED',
    `Jira did not create the request (${String(response.status)}): ${message}`,
  );
}

/**
 * `POST /servicedesk/customer/portal/{portalId}/create/{requestTypeId}`: the portal's Create button. JSM
 * creates the request as the person with `POST /rest/servicedeskapi/request` (its checks, required fields
 * and errors apply), one request per click.
 */
export function createPortalCreateEndpoint(deps: PortalCreateDeps) {
  return async (request: LocalRequest, portalId: string, requestTypeId: string): Promise<LocalResponse> => {
    const submission = parseSubmission(request);
    if (!submission.ok) return submission.response;
    const user = currentUser(request, deps.users);
    const fields = await fetchRequestTypeFields(deps.requestJira, portalId, requestTypeId, user.accountId);
    if (isFailure(fields)) {
      return fields.status === 404 || fields.status === 403
        ? formFailure(404, 'NO_REQUEST_TYPE', 'This request type does not exist or you cannot raise it.')
        : formFailure(502, 'JIRA_FAILED', fields.message);
    }
    const forge = forgeFieldValues(
      {
        catalog: deps.catalog,
        signer: deps.signer,
        viewer: user,
        experience: 'portal-request',
        belongsHere: (ext) =>
          ext.portal?.id === Number(portalId) && ext.request?.typeId === Number(requestTypeId),
        fieldIds: new Set(fields.map((f) => f.fieldId)),
      },
      submission.value.forgeFields,
    );
    if (!forge.ok) return forge.response;
    const response = await deps.requestJira(
      {
        method: 'POST',
        path: '/rest/servicedeskapi/request',
        query: new URLSearchParams(),
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({
          serviceDeskId: portalId,
          requestTypeId,
          requestFieldValues: requestFieldValuesOf(deps, fields, submission.value.fields, forge.value),
        }),
      },
      user.accountId,
    );
    if (response.status !== 201) return refused(fields, response);
    const created = createdRequest.safeParse(parseJson(response.body));
    if (!created.success)
      return formFailure(502, 'JIRA_FAILED', 'Jira created the request but answered without its key.');
    const redirect = `/servicedesk/customer/portal/${encodeURIComponent(portalId)}/${encodeURIComponent(created.data.issueKey)}`;
    return jsonResponse(201, { issueKey: created.data.issueKey, redirect });
  };
}
