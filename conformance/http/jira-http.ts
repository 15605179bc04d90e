/**
 * A tiny HTTP client for Jira's public REST API, as any API-token script sees it: HTTP Basic with an email
 * and an API token (https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/), JSON
 * bodies, a timeout per request and Jira's rate-limit etiquette: a 429 is retried after its `Retry-After`
 * (seconds or an HTTP date), else after 2, 4, 8, 16 s (docs/platform-assumptions.md). Nothing else is
 * retried: a POST that failed may have been applied, and a check must see what Jira answered.
 */

/** Someone the kit signs in as. `name` says who it is in messages ("admin", "approver", …). */
export interface Person {
  readonly name: string;
  readonly email: string;
  readonly token: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface JiraResponse {
  readonly method: HttpMethod;
  readonly path: string;
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed JSON body; undefined when the body is empty or not JSON. */
  readonly json: unknown;
}

export interface JiraHttpOptions {
  /** The site's origin, e.g. `https://example.atlassian.net` or the local host's URL. */
  baseUrl: string;
  timeoutMs?: number;
  /** How many times a 429 is retried. */
  maxRetries?: number;
  /** A longer `Retry-After` than this is not waited for: the 429 is answered to the check. */
  maxRetryWaitMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export class JiraHttpError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = 'JiraHttpError';
  }
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class JiraHttp {
  readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly maxRetryWaitMs: number;
  private readonly fetchFn: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: JiraHttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxRetries = options.maxRetries ?? 4;
    this.maxRetryWaitMs = options.maxRetryWaitMs ?? 60_000;
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.sleep = options.sleep ?? realSleep;
  }

  get(as: Person, path: string): Promise<JiraResponse> {
    return this.request(as, 'GET', path);
  }

  post(as: Person, path: string, body: unknown): Promise<JiraResponse> {
    return this.request(as, 'POST', path, body);
  }

  put(as: Person, path: string, body: unknown): Promise<JiraResponse> {
    return this.request(as, 'PUT', path, body);
  }

  delete(as: Person, path: string): Promise<JiraResponse> {
    return this.request(as, 'DELETE', path);
  }

  async request(as: Person, method: HttpMethod, path: string, body?: unknown): Promise<JiraResponse> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      authorization: `Basic ${Buffer.from(`${as.email}:${as.token}`).toString('base64')}`,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const init: RequestInit = {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    };
    for (let attempt = 0; ; attempt++) {
      const response = await this.send(method, path, init);
      if (response.status !== 429 || attempt >= this.maxRetries) return response;
      const waitMs = retryWaitMs(response.headers, attempt, Date.now());
      if (waitMs > this.maxRetryWaitMs) return response;
      await this.sleep(waitMs);
    }
  }

  private async send(method: HttpMethod, path: string, init: RequestInit): Promise<JiraResponse> {
    const url = `${this.baseUrl}${path}`;
    const signal = AbortSignal.timeout(this.timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await this.fetchFn(url, { ...init, signal });
      text = await response.text();
    } catch (error) {
      throw new JiraHttpError(
        signal.aborted
          ? `${method} ${path} got no answer within ${String(this.timeoutMs / 1000)} s`
          : `${method} ${url} failed: ${reasonOf(error)}`,
        { cause: error },
      );
    }
    return { method, path, status: response.status, headers: response.headers, text, json: parseJson(text) };
  }
}

/** A network failure's message with its cause (fetch says only "fetch failed"; the cause says ECONNREFUSED…). */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return undefined;
  }
}

/** `Retry-After` is seconds or an HTTP date (RFC 9110 §10.2.3); without it, 2^(attempt+1) seconds. */
export function retryWaitMs(headers: Headers, attempt: number, nowMs: number): number {
  const value = headers.get('retry-after');
  if (value !== null && value.trim() !== '') {
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
  }
  return 2 ** (attempt + 1) * 1000;
}

/**
 * `path?query` with each value encoded; undefined values are left out; an array repeats the parameter
 * (OpenAPI's default `form` style with `explode`, e.g. search/jql's `reconcileIssues`).
 */
export function withQuery(
  path: string,
  query: Record<string, string | number | readonly (string | number)[] | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  const encoded = params.toString();
  return encoded === '' ? path : `${path}?${encoded}`;
}

/** One line for a FAIL message: the status and the start of the body. */
export function describeResponse(response: JiraResponse): string {
  const body = response.text.trim().replace(/\s+/g, ' ');
  const shown = body.length > 240 ? `${body.slice(0, 240)}…` : body;
  return `${response.method} ${response.path.split('?')[0] ?? response.path} answered ${String(response.status)}${shown === '' ? ' (no body)' : ` ${shown}`}`;
}
