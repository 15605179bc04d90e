import { z } from 'zod';

import { jsonResponse, type LocalRequest, type LocalResponse } from '../core/http-types';
import { bridgeContext, type SiteIdentity } from './bridge-context';
import { bridgeRequestSchema, fetchProductPayloadSchema, invokePayloadSchema } from './bridge-request-schema';
import { mayUseModule } from './account-access';
import { currentTheme } from './current-theme';
import { currentUser } from './current-user';
import { toBridgeResponse, toLocalRequest } from './fetch-product-command';
import type { FrameSigner } from './frame-token';
import { themeAnswer } from './theme-answer';
import type { HostUser, UiHostOptions } from './ui-host-options';
import { accessOfModule, type UiCatalog } from './ui-module-catalog';

export interface BridgeEndpointDeps {
  catalog: UiCatalog;
  signer: FrameSigner;
  users: HostUser[];
  site: SiteIdentity;
  invokeResolver: UiHostOptions['invokeResolver'];
  requestJira: UiHostOptions['requestJira'];
}

const codedError = z.object({ code: z.string() });

function badRequest(message: string): LocalResponse {
  return jsonResponse(400, { code: 'BAD_BRIDGE_REQUEST', message });
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/*
 * Forge rejects a failed `invoke` with "There was an error invoking the function - <message>" (the product
 * side of the bridge); the code of a local runtime error (FUNCTION_TIME_OUT, PAYLOAD_TOO_LARGE, ...) is kept
 * beside it for tests and people.
 */
function invocationFailure(error: unknown): LocalResponse {
  const message = error instanceof Error ? error.message : String(error);
  const coded = codedError.safeParse(error);
  return jsonResponse(500, {
    code: coded.success ? coded.data.code : 'FUNCTION_ERR',
    message: `There was an error invoking the function - ${message}`,
  });
}

/*
 * A module whose `unlicensedAccess` leaves the viewer's account type out "won't be available and won't be
 * run" (https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/): the pages
 * do not render it, and a frame token kept from another user's page gets no context, no resolver run and no
 * product fetch either. The code and wording of the platform's refusal are not documented (inferred).
 */
function notForAccountType(moduleKey: string, accountType: string): LocalResponse {
  return jsonResponse(403, {
    code: 'FORBIDDEN',
    message: `There was an error invoking the function - The app module "${moduleKey}" is not available to ${accountType} users (manifest.yml unlicensedAccess).`,
  });
}

/** `POST /_local/ui/bridge`: the server half of `globalThis.__bridge.callBridge`. */
export function createBridgeEndpoint(
  deps: BridgeEndpointDeps,
): (request: LocalRequest) => Promise<LocalResponse> {
  return async (request) => {
    if (request.method !== 'POST')
      return jsonResponse(405, { code: 'METHOD_NOT_ALLOWED', message: 'Use POST.' }, { allow: 'POST' });
    let body: unknown;
    try {
      body = JSON.parse(request.body);
    } catch {
      return badRequest('The bridge request body must be JSON: { frame, command, payload }.');
    }
    const parsed = bridgeRequestSchema.safeParse(body);
    if (!parsed.success) return badRequest(firstIssue(parsed.error));
    const frame = deps.signer.verify(parsed.data.frame);
    if (!frame)
      return badRequest('The frame token was not issued by this host (it restarted?): reload the page.');
    const user = currentUser(request, deps.users);
    const access = accessOfModule(deps.catalog, frame.moduleKey) ?? [];
    if (!mayUseModule(access, user.accountType)) return notForAccountType(frame.moduleKey, user.accountType);

    switch (parsed.data.command) {
      case 'getContext':
        return jsonResponse(200, {
          result: bridgeContext(frame, user, deps.site, currentTheme(request, user)),
        });
      case 'enableTheming':
        return jsonResponse(200, { result: themeAnswer(currentTheme(request, user)) });
      case 'invoke': {
        const call = invokePayloadSchema.safeParse(parsed.data.payload);
        if (!call.success) return badRequest(`invoke: ${firstIssue(call.error)}`);
        try {
          const result = await deps.invokeResolver({
            moduleKey: frame.moduleKey,
            functionKey: call.data.functionKey,
            payload: call.data.payload,
            accountId: user.accountId,
            accountType: user.accountType,
            extension: frame.extension,
            localId: frame.localId,
          });
          // With metadata the bridge resolves `{ body, metadata }` instead of the bare result (invoke.js).
          return jsonResponse(200, {
            result: call.data.metadata === undefined ? result : { body: result, metadata: {} },
          });
        } catch (error) {
          return invocationFailure(error);
        }
      }
      case 'fetchProduct': {
        const fetch = fetchProductPayloadSchema.safeParse(parsed.data.payload);
        if (!fetch.success) return badRequest(`fetchProduct: ${firstIssue(fetch.error)}`);
        if (fetch.data.product !== 'jira') {
          return badRequest(
            `fetchProduct: the local host only serves Jira (requested "${fetch.data.product}").`,
          );
        }
        try {
          const response = await deps.requestJira(toLocalRequest(fetch.data), user.accountId);
          return jsonResponse(200, { result: toBridgeResponse(response) });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return jsonResponse(502, { code: 'JIRA_UNAVAILABLE', message: `requestJira failed: ${message}` });
        }
      }
    }
  };
}
