import type { LocalResponse } from '../core/http-types';

// Statuses for which the Fetch standard forbids a body (new Response(body, { status: 204 }) throws).
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** A real WHATWG Response, which is exactly what the SDKs get from `__forge_fetch__` on Forge. */
export function toFetchResponse(local: LocalResponse): Response {
  const body = NULL_BODY_STATUSES.has(local.status) || local.body === '' ? null : local.body;
  return new Response(body, { status: local.status, headers: local.headers });
}

/**
 * A Forge proxy failure: the SDK turns the `forge-proxy-error` header into `ProxyRequestError` or
 * `NeedsAuthenticationError` (`handleProxyResponseErrors` in `@forge/api/out/api/fetch.js`).
 */
export function proxyErrorResponse(status: number, reason: string, message: string): Response {
  return new Response(JSON.stringify({ message }), {
    status,
    headers: { 'content-type': 'application/json', 'forge-proxy-error': reason },
  });
}
