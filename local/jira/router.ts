import type { LocalRequest, LocalResponse } from '../core/http-types';
import type { Actor } from './access';
import { errorFor, INVALID_PAYLOAD } from './errors';

export interface RouteContext {
  request: LocalRequest;
  actor: Actor;
  params: Record<string, string>;
}

export interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handle: (context: RouteContext) => LocalResponse | Promise<LocalResponse>;
}

/** `route('GET', '/rest/api/3/issue/:issueIdOrKey', handler)`; a `:name` segment matches one path segment. */
export function route(method: string, template: string, handle: Route['handle']): Route {
  const keys: string[] = [];
  const source = template.replace(/:([A-Za-z]+)/g, (_match, key: string) => {
    keys.push(key);
    return '([^/]+)';
  });
  return { method, pattern: new RegExp(`^${source}/?$`), keys, handle };
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method' }
  | { kind: 'none' };

export function matchRoute(routes: Route[], method: string, path: string): RouteMatch {
  let pathMatched = false;
  for (const candidate of routes) {
    const match = candidate.pattern.exec(path);
    if (match === null) continue;
    pathMatched = true;
    if (candidate.method !== method.toUpperCase()) continue;
    const params: Record<string, string> = {};
    candidate.keys.forEach((key, index) => {
      params[key] = decodeURIComponent(match[index + 1] ?? '');
    });
    return { kind: 'found', route: candidate, params };
  }
  return pathMatched ? { kind: 'wrong-method' } : { kind: 'none' };
}

/** The JSON body, or Jira's 400 for a body that does not parse. An empty body reads as `undefined`. */
export function jsonBody(request: LocalRequest): unknown {
  if (request.body.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(request.body);
    return parsed;
  } catch {
    throw errorFor(request.path, 400, INVALID_PAYLOAD, 'sd.request.payload.invalid');
  }
}

/** A non-negative integer query parameter (`startAt`, `maxResults`, `start`, `limit`) with a default and a cap. */
export function intParam(
  request: LocalRequest,
  name: string,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const raw = request.query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw errorFor(
      request.path,
      400,
      `The '${name}' parameter must be a non-negative integer.`,
      'sd.param.invalid',
    );
  }
  return Math.min(value, max);
}
