import { z } from 'zod';

import { jsonResponse, type LocalRequest, type LocalResponse } from '../core/http-types';
import { currentUser } from './current-user';
import type { FrameSigner } from './frame-token';
import { isFailure } from './jira-lookups';
import { checkPortalForm } from './portal-form-checks';
import { fetchRequestTypeFields } from './portal-lookups';
import type { HostUser, UiHostOptions } from './ui-host-options';
import type { UiCatalog } from './ui-module-catalog';

const submitBodySchema = z.object({
  submissions: z.array(z.object({ frame: z.string(), payload: z.unknown().optional() })),
  /** The request type's own fields by field id, as typed (absent from bodies of older host pages). */
  requestFieldValues: z.record(z.string(), z.string()).optional(),
});

const createPanelExtension = z.looseObject({
  portal: z.looseObject({ id: z.string() }),
  request: z.looseObject({ typeId: z.string() }),
});

export interface PortalSubmitDeps {
  catalog: UiCatalog;
  signer: FrameSigner;
  users: HostUser[];
  onPortalSubmit: UiHostOptions['onPortalSubmit'];
  requestJira: UiHostOptions['requestJira'];
}

const fail = (status: number, code: string, message: string, fieldErrors?: Record<string, string>) =>
  jsonResponse(status, fieldErrors === undefined ? { code, message } : { code, message, fieldErrors });

/**
 * `POST /servicedesk/customer/portal/{portalId}/create/{requestTypeId}`: the Create button. JSM creates one
 * request per click and stores the panel's submitted payload with it; with several create property panels
 * the first one (manifest order) is the one passed on. The form is checked again here (the page's own check
 * is a convenience): a panel that reported `isValid: false` or an empty required field creates nothing.
 */
export function createPortalSubmitEndpoint(deps: PortalSubmitDeps) {
  return async (request: LocalRequest, portalId: string, requestTypeId: string): Promise<LocalResponse> => {
    if (!deps.onPortalSubmit)
      return fail(501, 'NOT_CONFIGURED', 'This local host was started without a portal submit handler.');
    let raw: unknown;
    try {
      raw = JSON.parse(request.body);
    } catch {
      return fail(400, 'BAD_SUBMIT', 'The body must be JSON: { submissions: [{ frame, payload }] }.');
    }
    const body = submitBodySchema.safeParse(raw);
    if (!body.success)
      return fail(400, 'BAD_SUBMIT', 'The body must be JSON: { submissions: [{ frame, payload }] }.');
    const first = body.data.submissions[0];
    if (!first)
      return fail(
        400,
        'NO_PANEL',
        'No create property panel is on this form, so there is nothing to submit.',
      );
    const frame = deps.signer.verify(first.frame);
    const module = deps.catalog.modules.find((m) => m.key === frame?.moduleKey);
    const extension = createPanelExtension.safeParse(frame?.extension);
    if (
      !frame ||
      module?.type !== 'jiraServiceManagement:portalRequestCreatePropertyPanel' ||
      !extension.success ||
      extension.data.portal.id !== portalId ||
      extension.data.request.typeId !== requestTypeId
    ) {
      return fail(
        400,
        'BAD_SUBMIT',
        'The submission does not come from a create property panel of this form: reload the page.',
      );
    }
    const user = currentUser(request, deps.users);
    const fields = await fetchRequestTypeFields(deps.requestJira, portalId, requestTypeId, user.accountId);
    if (isFailure(fields)) {
      return fields.status === 404 || fields.status === 403
        ? fail(404, 'NO_REQUEST_TYPE', 'This request type does not exist or you cannot raise it.')
        : fail(502, 'JIRA_FAILED', fields.message);
    }
    const check = checkPortalForm(
      fields,
      body.data.requestFieldValues ?? {},
      body.data.submissions.map((s) => s.payload),
    );
    if (!check.ok) return fail(400, 'FORM_INVALID', check.message, check.fieldErrors);
    const outcome = await deps.onPortalSubmit({
      moduleKey: module.key,
      requestTypeId,
      portalId,
      accountId: user.accountId,
      payload: first.payload,
      requestFieldValues: check.requestFieldValues,
    });
    if ('error' in outcome) return fail(400, 'REQUEST_NOT_CREATED', outcome.error, outcome.fieldErrors);
    const redirect = `/servicedesk/customer/portal/${encodeURIComponent(portalId)}/${encodeURIComponent(outcome.issueKey)}`;
    return jsonResponse(201, { issueKey: outcome.issueKey, redirect });
  };
}
