import { z } from 'zod';

import { jsonResponse, type LocalRequest, type LocalResponse } from '../core/http-types';
import { FIX_THE_FORM, forgeFieldValues, formFailure, parseSubmission, typedText } from './create-submission';
import { currentUser } from './current-user';
import { fetchFields, requestTypeFieldId } from './field-lookups';
import type { FrameSigner } from './frame-token';
import { isFailure } from './jira-lookups';
import { loadAgentCreateForm } from './portal-page-data';
import { isForgeField, type RequestTypeField } from './portal-lookups';
import type { HostUser, UiHostOptions } from './ui-host-options';
import type { UiCatalog } from './ui-module-catalog';

export interface AgentCreateDeps {
  catalog: UiCatalog;
  signer: FrameSigner;
  users: HostUser[];
  environmentId: string;
  requestJira: UiHostOptions['requestJira'];
}

const createdIssue = z.looseObject({ key: z.string() });
const errorCollection = z.looseObject({
  errorMessages: z.array(z.string()).optional(),
  errors: z.record(z.string(), z.string()).optional(),
});

function parseJson(body: string): unknown {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed;
  } catch {
    return undefined;
  }
}

const TEXTAREA_TYPE = 'com.atlassian.jira.plugin.system.customfieldtypes:textarea';

/** Rich-text fields take Atlassian Document Format in REST v3 (OpenAPI `IssueUpdateDetails`); one paragraph per line. */
function textToAdf(text: string): Record<string, unknown> {
  return {
    type: 'doc',
    version: 1,
    content: text
      .split('\n')
      .map((line) =>
        line === ''
          ? { type: 'paragraph', content: [] }
          : { type: 'paragraph', content: [{ type: 'text', text: line }] },
      ),
  };
}

function typedFields(
  deps: AgentCreateDeps,
  fields: RequestTypeField[],
  typed: Record<string, string>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [fieldId, text] of Object.entries(typed)) {
    if (fieldId !== 'summary' && text.trim() === '') continue;
    const field = fields.find((f) => f.fieldId === fieldId);
    if (field !== undefined && isForgeField(field)) {
      values[fieldId] = typedText(deps.catalog, deps.environmentId, field.jiraSchema?.custom, text);
    } else if (fieldId === 'description' || field?.jiraSchema?.custom === TEXTAREA_TYPE) {
      values[fieldId] = textToAdf(text);
    } else values[fieldId] = text;
  }
  return values;
}

/**
 * Jira's 400 `ErrorCollection` (`{errorMessages, errors: {fieldId: message}}`, OpenAPI): errors of fields on
 * the form go under them, the rest (project, issue type, request type) above the buttons.
 */
function refused(fields: RequestTypeField[], response: LocalResponse): LocalResponse {
  const parsed = errorCollection.safeParse(parseJson(response.body));
  const body = parsed.success ? parsed.data : { errorMessages: [response.body.slice(0, 300)], errors: {} };
  const onForm = new Set(fields.map((f) => f.fieldId));
  const fieldErrors: Record<string, string> = {};
  const elsewhere = [...(body.errorMessages ?? [])];
  for (const [fieldId, message] of Object.entries(body.errors ?? {})) {
    if (onForm.has(fieldId)) fieldErrors[fieldId] = message;
    else elsewhere.push(message);
  }
  if (response.status >= 500) {
    return formFailure(
      502,
      'JIRA_FAILED',
      `Jira did not create the issue (${String(response.status)}): ${elsewhere.join(' ')}`,
    );
  }
  const message = elsewhere.length > 0 ? elsewhere.join(' ') : FIX_THE_FORM;
  return formFailure(response.status === 403 ? 403 : 400, 'ISSUE_NOT_CREATED', message, fieldErrors);
}

/**
 * `POST /jira/create?project=KEY&requestType=ID`: the agent's Create button. Jira creates the issue as the
 * person with `POST /rest/api/3/issue` (OpenAPI `createIssue`): project, the request type's issue type, the
 * Request Type field (the request type id, as the stand-in accepts it; Cloud's accepted format is not
 * documented, inferred, docs/platform-assumptions.md), the typed fields and the Forge fields' latest submitted values.
 */
export function createAgentCreateEndpoint(deps: AgentCreateDeps) {
  return async (request: LocalRequest): Promise<LocalResponse> => {
    const submission = parseSubmission(request);
    if (!submission.ok) return submission.response;
    const user = currentUser(request, deps.users);
    const projectKey = request.query.get('project') ?? undefined;
    const form = await loadAgentCreateForm(
      deps.requestJira,
      projectKey,
      request.query.get('requestType') ?? undefined,
      user.accountId,
    );
    if (isFailure(form)) {
      return form.status === 404 || form.status === 403
        ? formFailure(404, 'NO_REQUEST_TYPE', form.message)
        : formFailure(502, 'JIRA_FAILED', form.message);
    }
    const forge = forgeFieldValues(
      {
        catalog: deps.catalog,
        signer: deps.signer,
        viewer: user,
        experience: 'issue-create',
        belongsHere: (ext) => ext.project?.key === form.desk.projectKey,
        fieldIds: new Set(form.fields.map((f) => f.fieldId)),
      },
      submission.value.forgeFields,
    );
    if (!forge.ok) return forge.response;
    const jiraFields = await fetchFields(deps.requestJira, user.accountId);
    const requestTypeField = isFailure(jiraFields) ? undefined : requestTypeFieldId(jiraFields);
    const fields: Record<string, unknown> = {
      project: { key: form.desk.projectKey },
      ...(form.requestType.issueTypeId === undefined
        ? {}
        : { issuetype: { id: form.requestType.issueTypeId } }),
      ...(requestTypeField === undefined ? {} : { [requestTypeField]: form.requestType.id }),
      ...typedFields(deps, form.fields, submission.value.fields),
      ...forge.value,
    };
    const response = await deps.requestJira(
      {
        method: 'POST',
        path: '/rest/api/3/issue',
        query: new URLSearchParams(),
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ fields }),
      },
      user.accountId,
    );
    if (response.status !== 201) return refused(form.fields, response);
    const created = createdIssue.safeParse(parseJson(response.body));
    if (!created.success)
      return formFailure(502, 'JIRA_FAILED', 'Jira created the issue but answered without its key.');
    return jsonResponse(201, {
      issueKey: created.data.key,
      redirect: `/browse/${encodeURIComponent(created.data.key)}`,
    });
  };
}
