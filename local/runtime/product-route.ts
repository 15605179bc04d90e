import type { CallerIdentity, LocalHandler } from '../core/http-types';
import type { ForgeFetchInit, ForgeFetchTarget } from './forge-fetch-target';
import { bodyText, headerRecord, splitPath } from './request-parts';
import { proxyErrorResponse, toFetchResponse } from './to-fetch-response';

export interface ProductRouteDeps {
  jira: LocalHandler;
  /** Scopes the manifest grants with `allowImpersonation: true`. */
  impersonationScopes: string[];
}

type IdentityDecision = { ok: true; caller: CallerIdentity } | { ok: false; response: Response };

/**
 * asApp() → the app's bot user; asUser() → the invoking principal; asUser(accountId) → that user, only when
 * the manifest declares a scope with `allowImpersonation: true` (docs/platform-assumptions.md). Forge
 * checks the grant per scope of the called API; mapping every REST path to its scope is out of reach here,
 * so any impersonation grant allows it (known simplification).
 */
function decideIdentity(
  deps: ProductRouteDeps,
  target: ForgeFetchTarget,
  principal: string | undefined,
): IdentityDecision {
  if (target.provider !== 'user') return { ok: true, caller: { kind: 'app' } };
  if (target.accountId !== undefined) {
    if (deps.impersonationScopes.length === 0) {
      // [inferred] The proxy refuses; the SDK surfaces the forge-proxy-error header as ProxyRequestError.
      return {
        ok: false,
        response: proxyErrorResponse(
          403,
          'IMPERSONATION_NOT_ALLOWED',
          'asUser(accountId) needs a scope declared with allowImpersonation: true in manifest.yml.',
        ),
      };
    }
    return { ok: true, caller: { kind: 'user', accountId: target.accountId } };
  }
  if (principal === undefined) {
    // No user session (webtrigger, consumer, scheduled trigger, product event): asUser() cannot authenticate.
    return {
      ok: false,
      response: proxyErrorResponse(
        401,
        'NEEDS_AUTHENTICATION_ERR',
        'asUser() has no user in this invocation.',
      ),
    };
  }
  return { ok: true, caller: { kind: 'user', accountId: principal } };
}

export async function routeProductCall(
  deps: ProductRouteDeps,
  target: ForgeFetchTarget,
  principal: string | undefined,
  pathAndQuery: string,
  init: ForgeFetchInit,
): Promise<Response> {
  const decision = decideIdentity(deps, target, principal);
  if (!decision.ok) return decision.response;
  const { path, query } = splitPath(pathAndQuery);
  // The Forge proxy sends product requests as JSON unless told otherwise (product-fetch-api docs).
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json',
    ...headerRecord(init.headers),
  };
  const local = await deps.jira(
    { method: (init.method ?? 'GET').toUpperCase(), path, query, headers, body: bodyText(init.body) },
    decision.caller,
  );
  return toFetchResponse(local);
}
