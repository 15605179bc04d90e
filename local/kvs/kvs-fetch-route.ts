import { type z } from 'zod';

import { type LocalResponse } from '../core/http-types';
import { badRequest, KvsErrorCode, KvsServiceError, keyNotFound } from './kvs-errors';
import { KVS_LIMITS } from './kvs-limits';
import { type KvsRecord, toWireRecord } from './kvs-record';
import {
  batchDeleteRequestSchema,
  batchGetRequestSchema,
  batchSetRequestSchema,
  deleteRequestSchema,
  entityDeleteRequestSchema,
  entityGetRequestSchema,
  entityQueryRequestSchema,
  entitySetRequestSchema,
  getRequestSchema,
  queryRequestSchema,
  setRequestSchema,
  transactionRequestSchema,
  type MetadataFieldName,
} from './kvs-request-schemas';
import { type KvsTarget, type SqliteKvsStore } from './sqlite-kvs-store';

/** What `__forge_fetch__` passes as `init` (a RequestInit the SDK built in storage-api.js#request). */
export interface KvsRequestInit {
  method?: string | undefined;
  body?: unknown;
  headers?: unknown;
}

type Route = (store: SqliteKvsStore, body: unknown) => LocalResponse;

const SECRET: KvsTarget = { area: 'secret' };
const KVS: KvsTarget = { area: 'kvs' };

/**
 * Every path @forge/kvs 1.6.5 calls (out/storage-api.js). All are POST with a JSON body; answers are JSON,
 * 204 with no body for writes that return nothing, and `{ code, message }` on errors.
 */
const ROUTES: Readonly<Record<string, Route>> = {
  '/api/v1/get': (store, body) => getRoute(store, KVS, parse(getRequestSchema, body)),
  '/api/v1/secret/get': (store, body) => getRoute(store, SECRET, parse(getRequestSchema, body)),
  '/api/v1/entity/get': (store, body) => {
    const request = parse(entityGetRequestSchema, body);
    return getRoute(store, { area: 'entity', entityName: request.entityName }, request);
  },
  '/api/v1/set': (store, body) => setRoute(store, KVS, parse(setRequestSchema, body)),
  '/api/v1/secret/set': (store, body) => setRoute(store, SECRET, parse(setRequestSchema, body)),
  '/api/v1/entity/set': (store, body) => {
    const request = parse(entitySetRequestSchema, body);
    return setRoute(store, { area: 'entity', entityName: request.entityName }, request);
  },
  '/api/v1/delete': (store, body) => deleteRoute(store, KVS, parse(deleteRequestSchema, body).key),
  '/api/v1/secret/delete': (store, body) => deleteRoute(store, SECRET, parse(deleteRequestSchema, body).key),
  '/api/v1/entity/delete': (store, body) => {
    const request = parse(entityDeleteRequestSchema, body);
    return deleteRoute(store, { area: 'entity', entityName: request.entityName }, request.key);
  },
  '/api/v1/query': (store, body) => {
    const request = parse(queryRequestSchema, body);
    const page = store.query(request);
    return pageResponse(page.records, page.cursor, request.options?.metadataFields);
  },
  '/api/v1/entity/query': (store, body) => {
    const request = parse(entityQueryRequestSchema, body);
    const page = store.queryEntity(request);
    return pageResponse(page.records, page.cursor, request.options?.metadataFields);
  },
  '/api/v1/batch/set': (store, body) => json(200, store.batchSet(parse(batchSetRequestSchema, body))),
  '/api/v1/batch/get': (store, body) => {
    const items = parse(batchGetRequestSchema, body);
    const result = store.batchGet(items);
    const fieldsOf = (key: string, entityName: string | undefined) =>
      items.find((item) => item.key === key && item.entityName === entityName)?.options?.metadataFields;
    return json(200, {
      successfulKeys: result.successfulKeys.map(({ record, entityName }) => ({
        ...toWireRecord(record, fieldsOf(record.key, entityName)),
        ...(entityName === undefined ? {} : { entityName }),
      })),
      failedKeys: result.failedKeys,
    });
  },
  '/api/v1/batch/delete': (store, body) =>
    json(200, store.batchDelete(parse(batchDeleteRequestSchema, body))),
  '/api/v1/transaction': (store, body) => {
    store.transact(parse(transactionRequestSchema, body));
    return { status: 204, headers: {}, body: '' };
  },
};

/** Paths whose payload is limited to 4 MB (batchops, kvs-transactions). */
const PAYLOAD_LIMITED = new Set(['/api/v1/batch/set', '/api/v1/transaction']);

/**
 * The KVS service behind `__forge_fetch__` for `target.type === 'kvs'`. Never throws for a client error:
 * answers with the status and `{ code, message }` body the SDK parses into `ForgeKvsAPIError`.
 */
export function handleKvsRequest(
  store: SqliteKvsStore,
  path: string,
  init: KvsRequestInit = {},
): Promise<LocalResponse> {
  return Promise.resolve().then(() => {
    const route = ROUTES[path];
    if (route === undefined) {
      return json(404, { code: 'NOT_FOUND', message: `No KVS operation at ${path}` });
    }
    if ((init.method ?? 'GET').toUpperCase() !== 'POST') {
      return json(405, { code: 'METHOD_NOT_ALLOWED', message: 'KVS operations are POST requests.' });
    }
    try {
      const text = typeof init.body === 'string' ? init.body : '';
      if (PAYLOAD_LIMITED.has(path) && Buffer.byteLength(text, 'utf8') > KVS_LIMITS.maxPayloadBytes) {
        throw badRequest(KvsErrorCode.maxSize, 'The request payload has exceeded the 4MB limit.');
      }
      return route(store, parseJsonBody(text));
    } catch (error) {
      if (error instanceof KvsServiceError) return json(error.status, error.toBody());
      throw error;
    }
  });
}

/**
 * Turns a route answer into the `Response` the SDK reads (`ok`, `status`, `statusText`, `headers.get`,
 * `text()`): Node's own fetch `Response`, so nothing about it is hand-rolled.
 */
export function toFetchResponse(response: LocalResponse): Response {
  const noBody = response.status === 204 || response.status === 304 || response.body === '';
  return new Response(noBody ? null : response.body, {
    status: response.status,
    statusText: STATUS_TEXT[response.status] ?? '',
    headers: response.headers,
  });
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  204: 'No Content',
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  422: 'Unprocessable Entity',
};

function getRoute(
  store: SqliteKvsStore,
  target: KvsTarget,
  request: { key: string; options?: { metadataFields?: MetadataFieldName[] | undefined } | undefined },
): LocalResponse {
  const record = store.get(target, request.key);
  if (record === undefined) throw keyNotFound();
  return json(200, toWireRecord(record, request.options?.metadataFields));
}

function setRoute(
  store: SqliteKvsStore,
  target: KvsTarget,
  request: z.infer<typeof setRequestSchema>,
): LocalResponse {
  const options = request.options ?? {};
  const returned = store.set(target, request.key, request.value, options);
  // storage-api.js#set reads a body only when returnValue was asked for, and treats an empty one as "none".
  if (returned === undefined) return { status: 204, headers: {}, body: '' };
  return json(200, toWireRecord(returned, options.returnMetadataFields));
}

function deleteRoute(store: SqliteKvsStore, target: KvsTarget, key: string): LocalResponse {
  store.delete(target, key);
  return { status: 204, headers: {}, body: '' };
}

function pageResponse(
  records: readonly KvsRecord[],
  cursor: string | undefined,
  fields: readonly MetadataFieldName[] | undefined,
): LocalResponse {
  const data = records.map((record) => toWireRecord(record, fields));
  return json(200, cursor === undefined ? { data } : { data, cursor });
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw badRequest(
      KvsErrorCode.badRequest,
      `Provided request body is invalid${where ? ` at ${where}` : ''}`,
    );
  }
  return parsed.data;
}

function parseJsonBody(text: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    throw badRequest(KvsErrorCode.badRequest, 'Provided request body is invalid');
  }
}

function json(status: number, body: unknown): LocalResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
