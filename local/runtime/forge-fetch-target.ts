/**
 * What the @forge/* SDKs pass to `__forge_fetch__(target, path, init)`. Read from the shipped sources:
 * `@forge/api/out/api/fetch.js` (`__fetchProduct`: `{ type: 'fpp', provider: 'app' | 'user' | 'none',
 * remote: 'jira' | 'stargate' | ..., accountId? }`) and `@forge/kvs/out/index.js`
 * (`{ type: 'kvs', provider: 'app', remote: 'kvs' }`).
 */
export interface ForgeFetchTarget {
  type: string;
  provider?: string | undefined;
  remote?: string | undefined;
  accountId?: string | undefined;
  contextAri?: string | undefined;
}

/** The `init` the SDKs pass: a subset of fetch's RequestInit (body is a string for every call we route). */
export interface ForgeFetchInit {
  method?: string | undefined;
  body?: unknown;
  headers?: unknown;
}
