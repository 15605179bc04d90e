import { z } from 'zod';

import type { LocalRequest, LocalResponse } from '../core/http-types';
import type { Invoke } from './invoker';
import type { WebtriggerModule } from './manifest-model';
import { parseWebtriggerPath } from './webtrigger-urls';

/** Webtriggers run ≤ 55 s; request and response count against the 5 MB payload (docs/platform-assumptions.md). */
const WEBTRIGGER_LIMIT_SECONDS = 55;
const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;

// A dynamic response must carry `statusCode`; header values are arrays; anything else is a 500.
const dynamicResponse = z.looseObject({
  statusCode: z.number().int().min(100).max(599),
  body: z.string().optional(),
  headers: z.record(z.string(), z.array(z.string())).optional(),
  statusText: z.string().optional(),
});
const staticResponse = z.looseObject({ outputKey: z.string() });

export interface WebtriggerDeps {
  invoke: Invoke;
  installContext: string;
  log(line: string): void;
}

function failure(status: number, message: string): LocalResponse {
  // [inferred] Forge answers a failed webtrigger with a bare error status; the text helps people locally.
  return { status, headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: message };
}

/** Header names keep their case as sent when the raw header list is available (Node's `rawHeaders`). */
function forgeHeaders(
  request: LocalRequest,
  rawHeaders: readonly string[] | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (rawHeaders) {
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
      const name = rawHeaders[i] ?? '';
      (out[name] ??= []).push(rawHeaders[i + 1] ?? '');
    }
    return out;
  }
  for (const [name, value] of Object.entries(request.headers)) out[name] = [value];
  return out;
}

function queryParameters(query: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of query) (out[name] ??= []).push(value);
  return out;
}

function mapResponse(module: WebtriggerModule, result: unknown): LocalResponse {
  if (module.staticOutputs) {
    const parsed = staticResponse.safeParse(result);
    const output = parsed.success
      ? module.staticOutputs.find((o) => o.key === parsed.data.outputKey)
      : undefined;
    if (!output) return failure(500, `Webtrigger "${module.moduleKey}" returned no known outputKey.`);
    return {
      status: output.statusCode,
      headers: output.contentType === undefined ? {} : { 'content-type': output.contentType },
      body: output.body ?? '',
    };
  }
  const parsed = dynamicResponse.safeParse(result);
  if (!parsed.success) {
    return failure(
      500,
      `Webtrigger "${module.moduleKey}" returned an invalid response: ${parsed.error.message}`,
    );
  }
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(parsed.data.headers ?? {}))
    headers[name.toLowerCase()] = values.join(', ');
  const body = parsed.data.body ?? '';
  if (Buffer.byteLength(body) > MAX_PAYLOAD_BYTES) {
    return failure(500, `Webtrigger "${module.moduleKey}" response exceeds the 5 MB payload limit.`);
  }
  return { status: parsed.data.statusCode, headers, body };
}

/** Builds Forge's WebTriggerRequest from an HTTP request, runs the function, validates and maps its answer. */
export async function handleWebtrigger(
  deps: WebtriggerDeps,
  module: WebtriggerModule,
  request: LocalRequest,
  rawHeaders?: readonly string[],
): Promise<LocalResponse> {
  if (Buffer.byteLength(request.body) > MAX_PAYLOAD_BYTES) {
    return failure(413, 'The request exceeds the 5 MB Forge payload limit.');
  }
  const event = {
    method: request.method.toUpperCase(),
    path: request.path,
    userPath: parseWebtriggerPath(request.path)?.userPath ?? '',
    headers: forgeHeaders(request, rawHeaders),
    queryParameters: queryParameters(request.query),
    body: request.body,
  };
  try {
    const result = await deps.invoke(
      {
        moduleKey: module.moduleKey,
        moduleType: 'webtrigger',
        functionKey: module.functionKey,
        accountId: undefined,
        limitSeconds: WEBTRIGGER_LIMIT_SECONDS,
      },
      event,
      { installContext: deps.installContext },
    );
    return mapResponse(module, result);
  } catch (error) {
    deps.log(`[forge] webtrigger "${module.moduleKey}" failed: ${String(error)}`);
    return failure(500, `Webtrigger "${module.moduleKey}" failed.`);
  }
}
