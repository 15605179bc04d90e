import { z } from 'zod';

import type { LocalRequest, LocalResponse } from '../core/http-types';
import type { JiraStandIn } from '../jira/create-jira-stand-in';
import { FIX_THE_FORM } from '../ui-host/portal-form-checks';
import type { PortalSubmitArgs, PortalSubmitResult } from '../ui-host/ui-host-options';

export interface PortalSubmitDeps {
  jira: Pick<JiraStandIn, 'handle' | 'createRequestWithProperties'>;
  /** The parsed manifest.yml: its `app.id` names the issue property the panel's data is stored under. */
  manifest: unknown;
}

const manifestAppId = z.looseObject({
  app: z.looseObject({ id: z.string().regex(/^ari:cloud:ecosystem::app\/[0-9a-f-]+$/) }),
});

/**
 * What a create property panel may pass to `view.submit` (forge-platform.md §2.4):
 * `{ fields: [{ key, value }], isValid }`.
 */
const panelSubmission = z.object({
  fields: z.array(z.object({ key: z.string().min(1), value: z.unknown() })),
  isValid: z.boolean().optional(),
});

const createdRequest = z.looseObject({ issueKey: z.string() });
const jsmErrorBody = z.looseObject({ errorMessage: z.string() });
const fieldMeta = z.looseObject({
  requestTypeFields: z.array(z.looseObject({ fieldId: z.string(), name: z.string() })),
});

function parseJson(body: string): unknown {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed;
  } catch {
    return undefined;
  }
}

const jsonRequest = (method: string, path: string, body: unknown): LocalRequest => ({
  method,
  path,
  query: new URLSearchParams(),
  headers: { accept: 'application/json', 'content-type': 'application/json' },
  body: body === undefined ? '' : JSON.stringify(body),
});

/**
 * JSM's create errors read `<Field name>: <message>` (or name the field id in quotes); the form shows them
 * at that field. The request type's field names come from the same metadata the form was built from.
 */
async function fieldErrorsOf(
  deps: PortalSubmitDeps,
  args: PortalSubmitArgs,
  message: string,
): Promise<Record<string, string> | undefined> {
  const path = `/rest/servicedeskapi/servicedesk/${encodeURIComponent(args.portalId)}/requesttype/${encodeURIComponent(args.requestTypeId)}/field`;
  const response = await deps.jira.handle(jsonRequest('GET', path, undefined), {
    kind: 'user',
    accountId: args.accountId,
  });
  const meta = fieldMeta.safeParse(parseJson(response.body));
  if (response.status !== 200 || !meta.success) return undefined;
  for (const field of meta.data.requestTypeFields) {
    if (message.startsWith(`${field.name}: `)) {
      return { [field.fieldId]: message.slice(field.name.length + 2) };
    }
    if (message.includes(`'${field.fieldId}'`)) return { [field.fieldId]: message };
  }
  return undefined;
}

async function refused(
  deps: PortalSubmitDeps,
  args: PortalSubmitArgs,
  response: LocalResponse,
): Promise<PortalSubmitResult> {
  const body = jsmErrorBody.safeParse(parseJson(response.body));
  const message = body.success ? body.data.errorMessage : response.body.slice(0, 300);
  if (response.status === 400) {
    const fieldErrors = await fieldErrorsOf(deps, args, message);
    return fieldErrors === undefined ? { error: message } : { error: FIX_THE_FORM, fieldErrors };
  }
  return { error: `Jira did not create the request (${String(response.status)}): ${message}` };
}

/**
 * The local host's `onPortalSubmit`: what JSM does when a person presses Create on the portal. It creates
 * the request as that person (`POST /rest/servicedeskapi/request`) and, in the same step, stores the create
 * property panel's data as the issue property JSM writes for it. Our reading of forge-platform.md §2.4
 * ("view.submit({fields:[{key,value}], isValid}) stores an issue property whose key = the UUID part of
 * app.id"): key = the UUID of `app.id`, value = `{ [field.key]: field.value }` over `fields`. A panel that
 * never submitted stores no property. Request and property are one stand-in transaction, so a refused
 * request leaves nothing behind and `avi:jira:created:issue` fires only once both are stored.
 */
export function createPortalSubmit(
  deps: PortalSubmitDeps,
): (args: PortalSubmitArgs) => Promise<PortalSubmitResult> {
  const appUuid = manifestAppId.parse(deps.manifest).app.id.slice('ari:cloud:ecosystem::app/'.length);
  return async (args) => {
    const properties: { key: string; value: unknown }[] = [];
    if (args.payload !== undefined) {
      const submission = panelSubmission.safeParse(args.payload);
      if (!submission.success) {
        return {
          error:
            'The app panel submitted data JSM cannot store: view.submit takes { fields: [{ key, value }], isValid }.',
        };
      }
      if (submission.data.isValid === false) {
        return { error: FIX_THE_FORM };
      }
      properties.push({
        key: appUuid,
        value: Object.fromEntries(submission.data.fields.map((field) => [field.key, field.value])),
      });
    }
    const response = await deps.jira.createRequestWithProperties(
      jsonRequest('POST', '/rest/servicedeskapi/request', {
        serviceDeskId: args.portalId,
        requestTypeId: args.requestTypeId,
        requestFieldValues: args.requestFieldValues,
      }),
      { kind: 'user', accountId: args.accountId },
      properties,
    );
    if (response.status !== 201) return refused(deps, args, response);
    const created = createdRequest.safeParse(parseJson(response.body));
    if (!created.success) return { error: 'Jira created the request but answered without its key.' };
    return { issueKey: created.data.issueKey };
  };
}
