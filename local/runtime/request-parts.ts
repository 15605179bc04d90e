/** Normalises the `init` the SDKs and app code pass into the plain strings a LocalRequest carries. */
export function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof ArrayBuffer) return Buffer.from(body).toString('utf8');
  if (ArrayBuffer.isView(body))
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  throw new TypeError(`Unsupported request body type for the local Forge runtime: ${typeof body}.`);
}

/** Header names lower-cased, as LocalRequest requires. */
export function headerRecord(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers instanceof Headers) {
    headers.forEach((value, name) => {
      out[name.toLowerCase()] = value;
    });
  } else if (Array.isArray(headers)) {
    for (const pair of headers) {
      if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') {
        out[pair[0].toLowerCase()] = pair[1];
      }
    }
  } else if (typeof headers === 'object' && headers !== null) {
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value === 'string') out[name.toLowerCase()] = value;
    }
  }
  return out;
}

/** `/rest/api/3/issue/CHG-1?fields=summary` → path and query, path left encoded as sent. */
export function splitPath(pathAndQuery: string): { path: string; query: URLSearchParams } {
  const at = pathAndQuery.indexOf('?');
  if (at < 0) return { path: pathAndQuery, query: new URLSearchParams() };
  return { path: pathAndQuery.slice(0, at), query: new URLSearchParams(pathAndQuery.slice(at + 1)) };
}
