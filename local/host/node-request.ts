import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LocalRequest, LocalResponse } from '../core/http-types';

/** Forge's invocation payload limit (5 MB, docs/platform-assumptions.md); larger bodies are refused before parsing. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${String(limit)} bytes.`);
  }
}

export async function readLocalRequest(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<LocalRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(buffer);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
}

export function writeLocalResponse(res: ServerResponse, response: LocalResponse): void {
  res.writeHead(response.status, response.headers);
  res.end(response.body);
}
