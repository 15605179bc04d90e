import { STATUS_CODES } from 'node:http';

import type { LocalRequest, LocalResponse } from '../core/http-types';
import type { fetchProductPayloadSchema } from './bridge-request-schema';
import type { z } from 'zod';

type FetchProductPayload = z.infer<typeof fetchProductPayloadSchema>;

/** The bridge payload of `requestJira` as the stand-in's request shape. */
export function toLocalRequest(payload: FetchProductPayload): LocalRequest {
  const init = payload.fetchRequestInit;
  const questionMark = payload.restPath.indexOf('?');
  const path = questionMark === -1 ? payload.restPath : payload.restPath.slice(0, questionMark);
  const query = new URLSearchParams(questionMark === -1 ? '' : payload.restPath.slice(questionMark + 1));
  const headers: Record<string, string> = {};
  for (const [name, value] of init?.headers ?? []) headers[name.toLowerCase()] = value;
  return { method: (init?.method ?? 'GET').toUpperCase(), path, query, headers, body: init?.body ?? '' };
}

/**
 * What `callBridge('fetchProduct')` must resolve with: `{ body, headers, status, statusText, isAttachment }`,
 * which the bridge turns back into a `Response` (fetch.js). Bodies are text; the stand-in serves no attachments.
 */
export function toBridgeResponse(response: LocalResponse): Record<string, unknown> {
  return {
    status: response.status,
    statusText: STATUS_CODES[response.status] ?? '',
    headers: response.headers,
    body: response.body,
    isAttachment: false,
  };
}
