import { z } from 'zod';

import { jsonResponse, type LocalRequest, type LocalResponse } from '../core/http-types';
import { mayUseModule } from './account-access';
import { currentUser } from './current-user';
import type { FrameSigner } from './frame-token';
import { fetchIssue, isFailure } from './jira-lookups';
import { issueFieldEditFrame, issueFieldViewHtml } from './pages/issue-fields-html';
import type { PageContext } from './pages/page-context';
import type { HostUser, UiHostOptions } from './ui-host-options';
import type { UiCatalog } from './ui-module-catalog';

export interface FieldEditDeps {
  catalog: UiCatalog;
  signer: FrameSigner;
  users: HostUser[];
  baseUrl: string;
  environmentId: string;
  requestJira: UiHostOptions['requestJira'];
}

const bodySchema = z.object({ frame: z.string(), value: z.unknown().optional() });
const inlineEditFrame = z.looseObject({
  type: z.literal('jira:customField'),
  entryPoint: z.literal('edit'),
  experience: z.literal('issue-view'),
  fieldId: z.string(),
  issue: z.looseObject({ key: z.string() }),
});
const errorCollection = z.looseObject({
  errorMessages: z.array(z.string()).optional(),
  errors: z.record(z.string(), z.string()).optional(),
});

const fail = (status: number, code: string, message: string): LocalResponse =>
  jsonResponse(status, { code, message });

function jiraMessage(response: LocalResponse, fieldId: string): string {
  let raw: unknown;
  try {
    raw = JSON.parse(response.body);
  } catch {
    raw = undefined;
  }
  const body = errorCollection.safeParse(raw);
  const fieldError = body.success ? body.data.errors?.[fieldId] : undefined;
  const messages = body.success
    ? [...(body.data.errorMessages ?? []), ...Object.values(body.data.errors ?? {})]
    : [];
  return fieldError ?? (messages.join(' ') || `Jira answered ${String(response.status)}.`);
}

/**
 * `POST /_local/ui/field-edit {frame, value}`: what the issue view does when a field's inline editor calls
 * `view.submit(value)`: save the field with Edit issue (`PUT /rest/api/3/issue/{key}`, OpenAPI `editIssue`)
 * as the person, so Jira's own checks apply (edit permission, read-only fields "aren't editable by users,
 * neither through the UI nor the Edit issue REST API", the field's validation), then answer the field's new
 * view for the page. A refusal answers Jira's status and message; the page shows it by the field and the
 * bridge rejects `view.submit` ("throws an error if the submission fails", ui-api-bridge/view).
 */
export function createFieldEditEndpoint(deps: FieldEditDeps) {
  return async (request: LocalRequest): Promise<LocalResponse> => {
    if (request.method !== 'POST') return fail(405, 'METHOD_NOT_ALLOWED', 'Use POST.');
    let raw: unknown;
    try {
      raw = JSON.parse(request.body);
    } catch {
      raw = undefined;
    }
    const body = bodySchema.safeParse(raw);
    if (!body.success) return fail(400, 'BAD_FIELD_EDIT', 'The body must be JSON: { frame, value }.');
    const frame = deps.signer.verify(body.data.frame);
    const extension = inlineEditFrame.safeParse(frame?.extension);
    const field = deps.catalog.fields.find((f) => f.key === frame?.moduleKey);
    if (!frame || !extension.success || field === undefined) {
      return fail(
        400,
        'BAD_FIELD_EDIT',
        'The value does not come from an inline field editor of this host: reload the page.',
      );
    }
    const user = currentUser(request, deps.users);
    if (!mayUseModule(field.unlicensedAccess, user.accountType)) {
      return fail(
        403,
        'FORBIDDEN',
        `The app field "${field.name}" is not available to ${user.accountType} users.`,
      );
    }
    const { fieldId, issue } = extension.data;
    const path = `/rest/api/3/issue/${encodeURIComponent(issue.key)}`;
    const saved = await deps.requestJira(
      {
        method: 'PUT',
        path,
        query: new URLSearchParams(),
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        // Inferred: `view.submit()` without a value clears the field.
        body: JSON.stringify({ fields: { [fieldId]: body.data.value ?? null } }),
      },
      user.accountId,
    );
    if (saved.status !== 204 && saved.status !== 200) {
      return fail(saved.status >= 500 ? 502 : saved.status, 'FIELD_NOT_SAVED', jiraMessage(saved, fieldId));
    }
    const fresh = await fetchIssue(deps.requestJira, issue.key, user.accountId, [fieldId]);
    if (isFailure(fresh)) return fail(502, 'JIRA_FAILED', fresh.message);
    const ctx: PageContext = {
      catalog: deps.catalog,
      signer: deps.signer,
      baseUrl: deps.baseUrl,
      environmentId: deps.environmentId,
      viewer: user,
    };
    const slot = { field, fieldId };
    const value = fresh.fields[fieldId];
    return jsonResponse(200, {
      viewHtml: issueFieldViewHtml(ctx, fresh, slot, value),
      editHtml: issueFieldEditFrame(ctx, fresh, slot, value) ?? '',
    });
  };
}
