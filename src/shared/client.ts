/** What Custom UI bundles import (`@async-cab/shared/client`): types and the typed client, no zod. */
export * from './contract-client';
export type * from './view-models';
export type * from './figures-view-models';
export type { ErrorCode, FieldError, ResolverError, ResolverResult } from './error-codes';
export type { PayloadOf, ResolverKey, ResultOf } from './resolver-contract';
export type { Access, AccessLevel } from './resolver-access';
export type * from './policy-document';
export * from './cab-fields';
export * from './window-flag-words';
