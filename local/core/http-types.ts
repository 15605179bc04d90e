/**
 * Transport-neutral request/response shapes shared by the local host's HTTP server and the in-process
 * routes the Forge runtime emulation uses (`__forge_fetch__` calls the same handlers without a socket).
 */
export interface LocalRequest {
  method: string;
  /** Path without the query string, e.g. `/rest/api/3/issue/CHG-1`. Not decoded. */
  path: string;
  query: URLSearchParams;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: string;
}

export interface LocalResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Who is calling the Jira/JSM stand-in. `app` is the Forge app's bot user; `user` is a person. */
export type CallerIdentity = { kind: 'app' } | { kind: 'user'; accountId: string } | { kind: 'anonymous' };

export type LocalHandler = (request: LocalRequest, caller: CallerIdentity) => Promise<LocalResponse>;

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): LocalResponse {
  return {
    status,
    headers: { 'content-type': 'application/json;charset=UTF-8', ...headers },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): LocalResponse {
  return { status, headers, body: '' };
}
